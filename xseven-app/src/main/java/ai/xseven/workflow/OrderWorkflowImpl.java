package ai.xseven.workflow;

import ai.xseven.business.NotFoundException;
import ai.xseven.business.OrderRejectedException;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import io.temporal.workflow.WorkflowLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * One order from placed to completed (or rejected, or cancelled). The main loop only watches the
 * clock: it rejects an order nobody accepted in time, alerts the owner once per overrunning stage
 * and asks for feedback after the hand-over. The updates move the order on. Public only because
 * Temporal instantiates it reflectively.
 *
 * <p>Steps that change the order run under one lock, and each re-checks the stage once it holds
 * it: two owners clicking "accept", or a cancel racing the accept timeout, move the order once.
 * Notifications go out through the {@link OrderOutbox}, so an update returns once the order and
 * its money have moved, without waiting for a slow notification channel.
 */
public class OrderWorkflowImpl implements OrderWorkflow {

  private static final Logger log = Workflow.getLogger(OrderWorkflowImpl.class);

  /** Refusals by the business feature: retrying cannot change them. */
  private static final String[] REFUSALS = {
    OrderRejectedException.class.getName(),
    NotFoundException.class.getName(),
    IllegalStateException.class.getName()
  };

  private final OrderActivities requested =
      Workflow.newActivityStub(OrderActivities.class,
          ActivityPolicies.whileSomeoneWaits(REFUSALS));
  private final OrderActivities timed =
      Workflow.newActivityStub(OrderActivities.class,
          ActivityPolicies.mustHappen(REFUSALS));

  private final WorkflowLock lock = Workflow.newWorkflowLock();
  private final List<OrderStatus.StageChange> stages = new ArrayList<>();

  private final OrderInput input;
  private final OrderMessages messages;
  private final OrderOutbox outbox;
  private OrderStage stage;
  private long stageSince;
  private Long acceptedAt;
  private String compensation;
  private String reason;

  /** Sets the stage before any update can ask for it. */
  @WorkflowInit
  public OrderWorkflowImpl(OrderInput input) {
    this.input = input;
    this.messages = new OrderMessages(input);
    this.outbox = new OrderOutbox(input);
    if (input.resume() == null) {
      moveTo(OrderStage.PLACED, "customer", input.placedAtEpochMillis());
    } else {
      moveTo(OrderStage.ofKey(input.resume().stage()), "system", input.resume().sinceEpochMillis());
      acceptedAt = input.resume().acceptedAtEpochMillis();
    }
  }

  @Override
  public void run(OrderInput input) {
    outbox.start();
    while (!stage.isFinal()) {
      OrderStage current = stage;
      switch (current) {
        case PLACED -> awaitAcceptance();
        case ACCEPTED, PREPARING, READY -> watchForOverrun(current);
        case PICKED_UP, DELIVERED -> askForFeedback(current);
        default -> throw new IllegalStateException("Unexpected stage " + current);
      }
    }
    Workflow.await(() -> outbox.isEmpty() && Workflow.isEveryHandlerFinished());
  }

  @Override
  public OrderStatus status() {
    return new OrderStatus(stage.key, dueAt(stage), compensation, reason, List.copyOf(stages),
        outbox.history());
  }

  @Override
  public void validateAct(OrderAction action, String reason) {
    if (action == null) {
      throw new IllegalArgumentException("Say what to do with the order: accept, reject, start "
          + "preparing, mark ready, picked up or delivered.");
    }
    String refusal = stage.refusal(input.orderId(), action);
    if (refusal != null) {
      throw new IllegalStateException(refusal);
    }
  }

  @Override
  public ChangeOutcome act(OrderAction action, String reason) {
    lock.lock();
    try {
      // Another update may have moved the order while this one waited for the lock.
      String refusal = stage.refusal(input.orderId(), action);
      if (refusal != null) {
        return ChangeOutcome.refused(refusal);
      }
      long at = Workflow.currentTimeMillis();
      OrderStage next = OrderStage.to(action);
      switch (action) {
        case ACCEPT -> requested.authorizePayment(input.orderId(), input.totalCents(),
            input.currency());
        case START_PREPARING -> requested.capturePayment(input.orderId(), input.totalCents(),
            input.currency());
        default -> {}
      }
      requested.recordStatus(input.orderId(), next.status, at);
      moveTo(next, "owner", at);
      switch (action) {
        case ACCEPT -> {
          acceptedAt = at;
          outbox.tellCustomer("accepted", messages.accepted());
        }
        case REJECT -> {
          this.reason = reason == null || reason.isBlank() ? null : reason.strip();
          outbox.tellCustomer("rejected", messages.rejected(this.reason));
        }
        case MARK_READY -> outbox.tellCustomer("ready", messages.ready());
        default -> {}
      }
      return ChangeOutcome.applied(messages.done(action));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void validateCancel(CancelRequest request) {
    if (request == null) {
      throw new IllegalArgumentException("A cancellation needs a request.");
    }
    if (request.requestedBy() != null
        && !List.of("customer", "owner", "system").contains(request.requestedBy())) {
      throw new IllegalArgumentException("A cancellation is requested by the customer, the owner"
          + " or the system, not '" + request.requestedBy() + "'.");
    }
    String refusal = stage.cancelRefusal(input.orderId());
    if (refusal != null) {
      throw new IllegalStateException(refusal);
    }
  }

  @Override
  public ChangeOutcome cancel(CancelRequest request) {
    lock.lock();
    try {
      String refusal = stage.cancelRefusal(input.orderId());
      if (refusal != null) {
        return ChangeOutcome.refused(refusal);
      }
      long at = Workflow.currentTimeMillis();
      String done = switch (stage) {
        case ACCEPTED -> {
          requested.releasePayment(input.orderId(), input.totalCents(), input.currency());
          yield "released";
        }
        case PREPARING, READY -> {
          requested.refundPayment(input.orderId(), input.totalCents(), input.currency());
          yield "refunded";
        }
        default -> "none";
      };
      requested.recordStatus(input.orderId(), OrderStage.CANCELLED.status, at);
      String by = request.requestedBy() == null ? "customer" : request.requestedBy();
      compensation = done;
      reason = request.reason() == null || request.reason().isBlank()
          ? null : request.reason().strip();
      moveTo(OrderStage.CANCELLED, by, at);
      if (request.notifyCustomer()) {
        outbox.tellCustomer("cancelled", messages.cancelled(done, by, reason));
      }
      return ChangeOutcome.applied(messages.cancelledOutcome(done));
    } finally {
      lock.unlock();
    }
  }

  /** Rejects the order when nobody accepts (or rejects or cancels) it in time. */
  private void awaitAcceptance() {
    if (awaitLeaving(OrderStage.PLACED)) {
      return;
    }
    lock.lock();
    try {
      if (stage == OrderStage.PLACED) {
        long at = Workflow.currentTimeMillis();
        record(OrderStage.REJECTED, at);
        reason = messages.autoRejectReason();
        moveTo(OrderStage.REJECTED, "system", at);
        outbox.tellCustomer("auto-rejected", messages.autoRejected());
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Alerts the owner if the order is still in the stage when it should have left it, then waits
   * for it to move on: one alert per stage, since no stage comes twice.
   */
  private void watchForOverrun(OrderStage current) {
    if (!awaitLeaving(current)) {
      outbox.alertOwner("overdue-" + current.key,
          messages.overdue(current, stageSince, dueAt(current)));
      Workflow.await(() -> stage != current);
    }
  }

  /** Asks for feedback a while after the hand-over, and completes the order. */
  private void askForFeedback(OrderStage handedOver) {
    Workflow.sleep(Duration.ofMillis(Math.max(0, dueAt(handedOver) - now())));
    lock.lock();
    try {
      long at = Workflow.currentTimeMillis();
      outbox.tellCustomer("feedback", messages.feedback(handedOver));
      record(OrderStage.COMPLETED, at);
      moveTo(OrderStage.COMPLETED, "system", at);
    } finally {
      lock.unlock();
    }
  }

  /** Waits until the stage changes or falls due; true when it changed. */
  private boolean awaitLeaving(OrderStage current) {
    long wait = dueAt(current) - now();
    if (wait <= 0) {
      return stage != current;
    }
    return Workflow.await(Duration.ofMillis(wait), () -> stage != current);
  }

  /** When the stage is expected to end; null once nothing more is due. */
  private Long dueAt(OrderStage of) {
    return switch (of) {
      case PLACED -> input.placedAtEpochMillis() + minutes(input.acceptTimeoutMinutes());
      // Ready within the preparation time, or by the pick-up time asked for when that is later.
      case ACCEPTED, PREPARING -> Math.max(
          (acceptedAt == null ? stageSince : acceptedAt) + minutes(input.prepareMinutes()),
          pickupAt());
      // Collected within the pick-up time, counted from the time asked for if it was ready early.
      case READY -> Math.max(stageSince, pickupAt()) + minutes(input.pickupMinutes());
      case PICKED_UP, DELIVERED -> stageSince + minutes(input.feedbackAfterMinutes());
      case COMPLETED, REJECTED, CANCELLED -> null;
    };
  }

  /** A timer's step: the stage is the workflow's to decide, so a refusal is logged, not fatal. */
  private void record(OrderStage to, long at) {
    try {
      timed.recordStatus(input.orderId(), to.status, at);
    } catch (ActivityFailure refused) {
      log.warn("Order {} could not be recorded as {}", input.orderId(), to.status, refused);
    }
  }

  private void moveTo(OrderStage next, String by, long at) {
    stage = next;
    stageSince = at;
    stages.add(new OrderStatus.StageChange(next.key, at, by));
  }

  private long pickupAt() {
    return input.pickupAtEpochMillis() == null ? 0 : input.pickupAtEpochMillis();
  }

  private static long now() {
    return Workflow.currentTimeMillis();
  }

  private static long minutes(int minutes) {
    return Duration.ofMinutes(minutes).toMillis();
  }

}
