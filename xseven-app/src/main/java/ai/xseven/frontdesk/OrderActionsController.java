package ai.xseven.frontdesk;

import static org.springframework.http.HttpHeaders.AUTHORIZATION;

import ai.xseven.business.BusinessOwners;
import ai.xseven.business.Order;
import ai.xseven.business.OrderService;
import ai.xseven.workflow.CancelRequest;
import ai.xseven.workflow.ChangeOutcome;
import ai.xseven.workflow.OrderAction;
import ai.xseven.workflow.OrderStatus;
import ai.xseven.workflow.OrderWorkflows;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An order's steps over HTTP, through its workflow: the business's owner ({@code Authorization:
 * Bearer <owner token>}) accepts, rejects, starts preparing, marks ready and hands it over; the
 * customer (or the owner) cancels it. The workflow tells the customer. A step that does not fit
 * the order's stage, or a cancellation after the hand-over, is a 409 problem with the reason.
 */
@RestController
@RequestMapping("/api/v1/orders/{orderId}")
class OrderActionsController {

  private final OrderService orders;
  private final OrderWorkflows workflows;
  private final FrontDesk desk;
  private final BusinessOwners owners;

  OrderActionsController(OrderService orders, OrderWorkflows workflows, FrontDesk desk,
      BusinessOwners owners) {
    this.orders = orders;
    this.workflows = workflows;
    this.desk = desk;
    this.owners = owners;
  }

  /**
   * {@code accept}, {@code reject} (with {@code {"reason": "…"}}, which the customer reads),
   * {@code start-preparing}, {@code ready}, {@code picked-up} or {@code delivered}.
   */
  @PostMapping("/{step:accept|reject|start-preparing|ready|picked-up|delivered}")
  OrderOutcome step(@PathVariable UUID orderId, @PathVariable String step,
      @RequestBody(required = false) ReasonBody body,
      @RequestHeader(name = AUTHORIZATION, required = false) String authorization) {
    Order order = orders.get(orderId);
    String owner = owners.requireOwner(authorization, order.businessId());
    OrderAction action = FrontDesk.step(step).orElseThrow();
    String reason = body == null ? null : body.reason();
    if (action == OrderAction.REJECT && (reason == null || reason.isBlank())) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Say why the order is rejected,"
          + " for the customer, e.g. {\"reason\": \"We are out of burrata tonight.\"}.");
    }
    return outcome(order, desk.moveOrderOn(order, action, reason, owner), "Order step refused");
  }

  /**
   * Optional body {@code {"reason": "…"}}. The customer cancels without a token, the owner with
   * theirs; the workflow compensates as the stage needs (nothing, release, refund). Cancelling a
   * cancelled order again changes nothing (200, {@code applied: false}).
   */
  @PostMapping("/cancel")
  OrderOutcome cancel(@PathVariable UUID orderId, @RequestBody(required = false) ReasonBody body,
      @RequestHeader(name = AUTHORIZATION, required = false) String authorization) {
    Order order = orders.get(orderId);
    String owner = authorization == null ? null
        : owners.requireOwner(authorization, order.businessId());
    if (order.status() == Order.Status.CANCELLED) {
      return view(order, ChangeOutcome.refused("That order was already cancelled."));
    }
    String reason = body == null ? null : body.reason();
    ChangeOutcome outcome = owner == null
        ? workflows.cancel(orderId, new CancelRequest(reason, false, "customer", true))
        : desk.cancelOrder(order, reason, owner);
    return outcome(order, outcome, "Cancellation refused");
  }

  private OrderOutcome outcome(Order order, ChangeOutcome outcome, String refusal) {
    Order now = orders.get(order.orderId());
    if (!outcome.applied()) {
      throw new ChangeRefusedByWorkflow(refusal, outcome.message(),
          Map.of("orderId", now.orderId(), "status", now.status().name()));
    }
    return view(now, outcome);
  }

  private OrderOutcome view(Order order, ChangeOutcome outcome) {
    String workflowId = OrderWorkflows.workflowId(order.orderId());
    return new OrderOutcome(order.orderId(), outcome.applied(), outcome.message(),
        order.status().name(), order, workflowId, workflows.status(workflowId).orElse(null));
  }

  record ReasonBody(String reason) {}

  /**
   * @param applied whether this request changed the order
   * @param message what the workflow did, as a person reads it
   * @param status the order's status now: {@code PLACED}, {@code ACCEPTED}, …
   * @param workflow the workflow's status query (stage, when it is due, stages reached,
   *     notifications sent); null when the workflow is gone
   */
  record OrderOutcome(UUID orderId, boolean applied, String message, String status, Order order,
      String workflowId, OrderStatus workflow) {}
}
