package ai.xseven.workflow;

import ai.xseven.business.BusinessService;
import ai.xseven.business.Order;
import ai.xseven.business.OrderService;
import ai.xseven.business.WorkflowSettings;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Starts, queries and moves on the workflow of an order. */
@Service
public class OrderWorkflows {

  private static final Logger log = LoggerFactory.getLogger(OrderWorkflows.class);

  private final WorkflowClient client;
  private final String taskQueue;
  private final OrderService orders;
  private final BusinessService businesses;
  private final ApplicationEventPublisher events;

  OrderWorkflows(WorkflowClient client, TemporalProperties properties, OrderService orders,
      BusinessService businesses, ApplicationEventPublisher events) {
    this.client = client;
    this.taskQueue = properties.taskQueue();
    this.orders = orders;
    this.businesses = businesses;
    this.events = events;
  }

  /** {@code order-<orderId>}: one workflow per order, whoever starts it. */
  public static String workflowId(UUID orderId) {
    return "order-" + orderId;
  }

  /**
   * Starts the order's workflow once the caller's transaction commits (at once without one), so a
   * turn that rolls back, taking the order with it, starts nothing. In the caller's transaction it
   * stores the workflow id on the order and publishes {@link WorkflowStarted} for the order's
   * conversation. Starting an order's workflow again is a no-op. A start that fails after commit
   * is logged; {@code OrderRecovery} starts it at the next start-up.
   *
   * @return the workflow's id
   */
  public String startAfterCommit(Order order) {
    String workflowId = workflowId(order.orderId());
    orders.attachWorkflow(order.orderId(), workflowId);
    if (order.conversationId() != null) {
      events.publishEvent(
          new WorkflowStarted(order.conversationId(), order.orderId().toString(), workflowId));
    }
    OrderInput input = input(order, null);
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      startIfNew(input);
      return workflowId;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            try {
              startIfNew(input);
            } catch (RuntimeException e) {
              log.error("Could not start the workflow of order {}", order.orderId(), e);
            }
          }
        });
    return workflowId;
  }

  /** Empty when no order workflow has that id (an appointment's id included). */
  public Optional<OrderStatus> status(String workflowId) {
    if (workflowId == null || !workflowId.startsWith("order-")) {
      return Optional.empty();
    }
    return WorkflowCalls.ifExists(() -> stub(workflowId).status());
  }

  /**
   * The business moves the order on through the workflow's {@code act} update.
   *
   * @return applied, or refused with the reason (e.g. the order is not in the stage for it)
   * @throws ai.xseven.business.NotFoundException when there is no such order
   */
  public ChangeOutcome act(UUID orderId, OrderAction action, String reason) {
    if (action == null) {
      orders.get(orderId);
      return ChangeOutcome.refused("Say what to do with the order: accept, reject, start "
          + "preparing, mark ready, picked up or delivered.");
    }
    return update(orderId, workflow -> workflow.act(action, reason),
        stage -> stage.refusal(orderId.toString(), action));
  }

  /**
   * Cancels with the stage's compensation; refused once it is handed over. An order placed before
   * it had a workflow is cancelled directly while it is placed.
   *
   * @throws ai.xseven.business.NotFoundException when there is no such order
   */
  public ChangeOutcome cancel(UUID orderId, CancelRequest request) {
    Order order = orders.get(orderId);
    if (order.workflowId() == null) {
      String refusal = OrderStage.of(order.status()).cancelRefusal(orderId.toString());
      if (refusal != null) {
        return ChangeOutcome.refused(refusal);
      }
      if (order.status() != Order.Status.PLACED) {
        return ChangeOutcome.refused("Order " + orderId + " can no longer be cancelled.");
      }
      orders.cancel(orderId);
      return ChangeOutcome.applied("Order " + orderId + " is cancelled. Nothing was charged.");
    }
    return update(orderId, workflow -> workflow.cancel(request),
        stage -> stage.cancelRefusal(orderId.toString()));
  }

  /**
   * Runs an update on the order's workflow. An order whose workflow has ended is answered from its
   * row; one whose workflow is gone (the embedded server forgot it) gets it re-armed from the
   * stage on its row first.
   */
  private ChangeOutcome update(UUID orderId, Function<OrderWorkflow, ChangeOutcome> call,
      Function<OrderStage, String> refusalAt) {
    Order order = orders.get(orderId);
    OrderStage stage = OrderStage.of(order.status());
    if (stage.isFinal() || order.workflowId() == null) {
      return refusedAt(stage, refusalAt, orderId);
    }
    Optional<ChangeOutcome> outcome = call(order.workflowId(), call);
    if (outcome.isPresent()) {
      return outcome.get();
    }
    Order now = orders.get(orderId);
    if (OrderStage.of(now.status()).isFinal()) {
      return refusedAt(OrderStage.of(now.status()), refusalAt, orderId); // it ended meanwhile
    }
    // Another caller may have re-armed it a moment ago; either way it is there to ask now.
    if (startIfNew(input(now, now))) {
      log.info("Re-armed the workflow of order {} at {}", orderId, now.status());
    }
    return call(now.workflowId(), call).orElseGet(() -> ChangeOutcome.refused(
        "The workflow of order " + orderId + " could not be reached; please try again."));
  }

  /** Empty when the workflow is not there. */
  private Optional<ChangeOutcome> call(String workflowId,
      Function<OrderWorkflow, ChangeOutcome> call) {
    return WorkflowCalls.update(() -> call.apply(stub(workflowId)), OrderWorkflows::reason);
  }

  private static ChangeOutcome refusedAt(OrderStage stage, Function<OrderStage, String> refusalAt,
      UUID orderId) {
    String refusal = refusalAt.apply(stage);
    return ChangeOutcome.refused(refusal != null ? refusal
        : "Order " + orderId + " was placed before orders had workflows; it can only be cancelled.");
  }

  /**
   * The validator's sentence; for a step that failed (a payment provider down), a request to try
   * again.
   */
  private static String reason(WorkflowUpdateException refused) {
    if (refused.getCause() instanceof ApplicationFailure failure
        && (IllegalStateException.class.getName().equals(failure.getType())
            || IllegalArgumentException.class.getName().equals(failure.getType()))) {
      return failure.getOriginalMessage();
    }
    log.warn("Order update {} failed", refused.GetUpdateName(), refused);
    return "That could not be done just now; please try again in a minute.";
  }

  /** Whether this call started the workflow: false when it was running or had run. */
  boolean startIfNew(OrderInput input) {
    OrderWorkflow workflow = client.newWorkflowStub(OrderWorkflow.class,
        WorkflowOptions.newBuilder()
            .setWorkflowId(workflowId(UUID.fromString(input.orderId())))
            .setTaskQueue(taskQueue)
            .setWorkflowIdReusePolicy(
                WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
            .build());
    try {
      WorkflowClient.start(workflow::run, input);
      return true;
    } catch (WorkflowExecutionAlreadyStarted alreadyStarted) {
      return false;
    }
  }

  /**
   * The workflow's input: the order and its business's current settings.
   *
   * @param resumeFrom the order as stored, to re-arm its workflow at its stage; null for a new one
   */
  OrderInput input(Order order, Order resumeFrom) {
    WorkflowSettings settings =
        businesses.workflowSettings(order.businessId()).orElse(WorkflowSettings.DEFAULTS);
    OrderInput.Resume resume = resumeFrom == null ? null : new OrderInput.Resume(
        OrderStage.of(resumeFrom.status()).key, resumeFrom.updatedAt().toEpochMilli(),
        resumeFrom.acceptedAt() == null ? null : resumeFrom.acceptedAt().toEpochMilli());
    return new OrderInput(
        order.orderId().toString(),
        order.businessId().toString(),
        order.conversationId() == null ? null : order.conversationId().toString(),
        order.customerName(),
        order.describe(),
        order.totalCents(),
        order.currency(),
        order.pickupAt() == null ? null : order.pickupAt().toEpochMilli(),
        order.createdAt().toEpochMilli(),
        order.zone().getId(),
        settings.orderAcceptTimeoutMinutes(),
        settings.orderPrepareMinutes(),
        settings.orderPickupMinutes(),
        order.businessName(),
        order.customerContact(),
        settings.followUpAfterMinutes(),
        resume);
  }

  private OrderWorkflow stub(String workflowId) {
    return client.newWorkflowStub(OrderWorkflow.class, workflowId);
  }
}
