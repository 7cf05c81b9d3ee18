package ai.xseven.agent;

import ai.xseven.business.NotFoundException;
import ai.xseven.business.Order;
import ai.xseven.sdk.PluginResult;
import ai.xseven.workflow.CancelRequest;
import ai.xseven.workflow.ChangeOutcome;
import ai.xseven.workflow.OrderWorkflows;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A customer cancels one of their orders in chat, through its order workflow, which refuses once
 * the order is handed over and compensates as its stage needs. The chat's reply tells the
 * customer, so the workflow is asked not to notify them again.
 */
@Component
class OrderChanges {

  private static final Logger log = LoggerFactory.getLogger(OrderChanges.class);

  private final CustomerVisits visits;
  private final OrderWorkflows orderWorkflows;

  OrderChanges(CustomerVisits visits, OrderWorkflows orderWorkflows) {
    this.visits = visits;
    this.orderWorkflows = orderWorkflows;
  }

  PluginResult cancel(SelfServiceRequest request) {
    List<Order> mine = visits.orders(request.conversation(), request.business());
    if (mine.isEmpty()) {
      return SelfServiceRequest.done("I can't find an order made in this chat at "
          + request.business().name() + ".");
    }
    List<Order> open = mine.stream().filter(visits::cancellable).toList();
    if (open.isEmpty()) {
      return SelfServiceRequest.done("Your order can no longer be cancelled. "
          + visits.describe(mine.get(0)));
    }
    SelfServiceDraft draft = request.draft();
    Optional<Order> chosen = chosen(request, open);
    if (chosen.isEmpty()) {
      return SelfServiceRequest.askWhich(draft, open, Order::describe);
    }
    Order order = chosen.get();
    draft = draft.withTarget(order.orderId().toString());
    if (SelfServiceDraft.CONFIRM.equals(draft.awaiting()) && request.saysYes()) {
      ChangeOutcome outcome;
      try {
        outcome = orderWorkflows.cancel(order.orderId(),
            new CancelRequest(null, false, "customer", false));
      } catch (NotFoundException gone) {
        return SelfServiceRequest.done("I can't find that order any more.");
      } catch (WorkflowException | StatusRuntimeException unreachable) {
        log.warn("Could not cancel order {}", order.orderId(), unreachable);
        return SelfServiceRequest.unreachable();
      }
      return SelfServiceRequest.done(outcome.applied()
          ? BookingChanges.sentence(outcome.message())
          : "I can't cancel it: " + BookingChanges.sentence(outcome.message()));
    }
    return SelfServiceRequest.ask(draft.awaiting(SelfServiceDraft.CONFIRM),
        "Shall I cancel your order of " + order.describe() + "? Please answer yes or no.");
  }

  private static Optional<Order> chosen(SelfServiceRequest request, List<Order> open) {
    String target = request.draft().target();
    if (target != null) {
      Optional<Order> held =
          open.stream().filter(o -> o.orderId().toString().equals(target)).findFirst();
      if (held.isPresent()) {
        return held;
      }
    }
    if (open.size() == 1) {
      return Optional.of(open.get(0));
    }
    if (SelfServiceDraft.WHICH.equals(request.draft().awaiting())) {
      int index = Choice.byPosition(request.message(), open.size());
      if (index >= 0) {
        return Optional.of(open.get(index));
      }
    }
    return Optional.empty();
  }
}
