package ai.xseven.workflow;

import static ai.xseven.workflow.OrderAction.ACCEPT;
import static ai.xseven.workflow.OrderAction.DELIVERED;
import static ai.xseven.workflow.OrderAction.MARK_READY;
import static ai.xseven.workflow.OrderAction.PICKED_UP;
import static ai.xseven.workflow.OrderAction.REJECT;
import static ai.xseven.workflow.OrderAction.START_PREPARING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.xseven.notification.Notification;
import ai.xseven.notification.OwnerAlert;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each path of the order workflow on a time-skipping server: the order placed Friday, November
 * 27, 2026 at 6:00 PM in New York, accepted within 10 minutes, prepared within 30, picked up within
 * 60, feedback asked 120 minutes after the hand-over.
 */
class OrderWorkflowTest {

  /** Activities run in real time between timers; allow for a slow machine. */
  private static final long SLACK_MILLIS = Duration.ofSeconds(5).toMillis();

  private static final String WHAT = "2 × Margherita ($14): $28 at Mario's Italian";

  private OrderWorkflowHarness harness;
  private OrderActivityRecorder activities;
  private String orderId;

  @BeforeEach
  void startEnvironment() {
    harness = new OrderWorkflowHarness();
    activities = harness.activities;
    orderId = harness.orderId;
  }

  @AfterEach
  void closeEnvironment() {
    harness.close();
  }

  @Test
  void aPickedUpOrderAsksForFeedbackTwoHoursLaterAndCompletes() {
    OrderWorkflow order = harness.start(harness.input());

    harness.sleepMinutes(2);
    ChangeOutcome accepted = order.act(ACCEPT, null);
    harness.sleepMinutes(3);
    order.act(START_PREPARING, null);
    harness.sleepMinutes(20);
    ChangeOutcome ready = order.act(MARK_READY, null);
    harness.sleepMinutes(10);
    order.act(PICKED_UP, null);
    harness.awaitEnd(order);

    assertThat(accepted).isEqualTo(
        ChangeOutcome.applied("Order " + orderId + " is accepted; the customer is told."));
    assertThat(ready).isEqualTo(ChangeOutcome.applied(
        "Order " + orderId + " is ready; the customer is told to pick it up."));
    OrderStatus status = order.status();
    assertThat(status.stage()).isEqualTo("completed");
    assertThat(status.stageDueAtEpochMillis()).isNull();
    assertThat(status.compensation()).isNull();
    assertThat(status.stages())
        .extracting(change -> change.stage() + " by " + change.by())
        .containsExactly("placed by customer", "accepted by owner", "preparing by owner",
            "ready by owner", "picked-up by owner", "completed by system");
    assertAt(status.stages().get(1).atEpochMillis(), 2);
    assertAt(status.stages().get(4).atEpochMillis(), 35);
    assertAt(status.stages().get(5).atEpochMillis(), 35 + 120);
    assertThat(activities.statuses())
        .containsExactly("ACCEPTED", "PREPARING", "READY", "PICKED_UP", "COMPLETED");
    assertThat(activities.payments()).containsExactly("authorize 2800 USD", "capture 2800 USD");
    assertThat(activities.customerNotifications()).containsExactly(
        customer("accepted", "Your order is accepted: " + WHAT
            + ". I'll tell you when it is ready."),
        customer("ready", "Your order is ready to pick up: " + WHAT + "."),
        customer("feedback", "Thanks for ordering from Mario's Italian! How was your order ("
            + WHAT + "), picked up earlier? A few words here help them."));
    assertAt(activities.sentAt(harness.key("feedback")), 35 + 120);
    assertThat(activities.ownerAlerts()).isEmpty();
    assertThat(status.history())
        .extracting(record -> record.audience() + " " + record.key())
        .containsExactly("customer accepted", "customer ready", "customer feedback");
  }

  @Test
  void aDeliveredOrderIsThankedForItsDelivery() {
    OrderWorkflow order = harness.start(harness.input());
    order.act(ACCEPT, null);
    order.act(START_PREPARING, null);
    order.act(MARK_READY, null);
    order.act(DELIVERED, null);
    harness.awaitEnd(order);

    assertThat(order.status().stages()).extracting(OrderStatus.StageChange::stage)
        .containsExactly("placed", "accepted", "preparing", "ready", "delivered", "completed");
    assertThat(activities.customerNotifications()).last()
        .extracting(Notification::text).asString().contains("), delivered earlier?");
  }

  @Test
  void theOwnerRejectsWithAReasonTheCustomerReads() {
    OrderWorkflow order = harness.start(harness.input());

    harness.sleepMinutes(1);
    ChangeOutcome outcome = order.act(REJECT, " We are out of dough. ");
    harness.awaitEnd(order);

    assertThat(outcome).isEqualTo(
        ChangeOutcome.applied("Order " + orderId + " is rejected; the customer is told."));
    OrderStatus status = order.status();
    assertThat(status.stage()).isEqualTo("rejected");
    assertThat(status.reason()).isEqualTo("We are out of dough.");
    assertThat(status.stages()).last().extracting(OrderStatus.StageChange::by)
        .isEqualTo("owner");
    assertThat(activities.statuses()).containsExactly("REJECTED");
    assertThat(activities.payments()).isEmpty();
    assertThat(activities.customerNotifications()).containsExactly(customer("rejected",
        "Sorry, Mario's Italian cannot take your order (" + WHAT
            + "): We are out of dough. Nothing was charged."));
  }

  @Test
  void anOrderNobodyAcceptsIsRejectedAutomaticallyAfterTenMinutes() {
    OrderWorkflow order = harness.start(harness.input());

    harness.sleepMinutes(9);
    OrderStatus waiting = order.status();
    harness.awaitEnd(order);

    assertThat(waiting.stage()).isEqualTo("placed");
    assertThat(waiting.stageDueAtEpochMillis()).isEqualTo(harness.minutesFromStart(10));
    OrderStatus status = order.status();
    assertThat(status.stage()).isEqualTo("rejected");
    assertThat(status.reason()).isEqualTo("Nobody accepted it within 10 minutes.");
    assertThat(status.stages()).last().extracting(OrderStatus.StageChange::by)
        .isEqualTo("system");
    assertThat(activities.statuses()).containsExactly("REJECTED");
    assertAt(activities.statusTimes().get(0), 10);
    assertThat(activities.payments()).isEmpty();
    assertThat(activities.customerNotifications()).containsExactly(customer("auto-rejected",
        "Sorry, Mario's Italian did not confirm your order (" + WHAT
            + ") in time, so it will not be prepared. Nothing was charged."));
    assertAt(activities.sentAt(harness.key("auto-rejected")), 10);
  }

  @Test
  void theOwnerIsAlertedOnceForEachStageThatOverruns() {
    OrderWorkflow order = harness.start(harness.input());
    harness.sleepMinutes(1);
    order.act(ACCEPT, null);
    harness.sleepMinutes(100); // due at 6:31 PM, ready to start preparing at 7:41 PM
    order.act(START_PREPARING, null); // already past the time it should have been ready
    harness.sleepMinutes(10);
    order.act(MARK_READY, null); // at 7:51 PM: expected to be picked up by 8:51 PM
    harness.sleepMinutes(120);
    order.act(PICKED_UP, null);
    harness.awaitEnd(order);

    assertThat(activities.ownerAlerts()).extracting(OwnerAlert::dedupKey).containsExactly(
        harness.key("overdue-accepted"), harness.key("overdue-preparing"),
        harness.key("overdue-ready"));
    assertAt(activities.sentAt(harness.key("overdue-accepted")), 31);
    assertAt(activities.sentAt(harness.key("overdue-preparing")), 101);
    assertAt(activities.sentAt(harness.key("overdue-ready")), 111 + 60);
    String order6 = "Order " + orderId + " for Ana (" + WHAT + ")";
    assertThat(activities.ownerAlerts()).extracting(OwnerAlert::text).containsExactly(
        order6 + " was accepted at 6:01 PM and should be ready by 6:31 PM, but preparing has not"
            + " started.",
        order6 + " should have been ready by 6:31 PM and is still being prepared.",
        order6 + " has been ready since 7:51 PM and was expected to be picked up by 8:51 PM.");
    assertThat(activities.ownerAlerts()).allSatisfy(alert -> {
      assertThat(alert.kind()).isEqualTo("order-overdue");
      assertThat(alert.businessId()).hasToString(harness.businessId);
      assertThat(alert.conversationId()).hasToString(harness.conversationId);
    });
    assertThat(order.status().history()).filteredOn(r -> r.audience().equals("owner"))
        .extracting(NotificationRecord::key)
        .containsExactly("overdue-accepted", "overdue-preparing", "overdue-ready");
  }

  @Test
  void aLaterPickupTimeGivesTheKitchenUntilThenAndNobodyIsAlertedOnTime() {
    Instant pickupAt = Instant.ofEpochMilli(harness.minutesFromStart(120)); // 8:00 PM
    OrderWorkflow order = harness.start(harness.input(pickupAt, null));
    harness.sleepMinutes(1);
    order.act(ACCEPT, null);
    OrderStatus accepted = order.status();
    harness.sleepMinutes(80); // past 30 minutes after accepting, before the pick-up time
    order.act(START_PREPARING, null);
    harness.sleepMinutes(30);
    order.act(MARK_READY, null); // ready at 7:51 PM, before the pick-up time
    OrderStatus ready = order.status();
    harness.sleepMinutes(50); // picked up at 8:41 PM, inside an hour from 8:00 PM
    order.act(PICKED_UP, null);
    harness.awaitEnd(order);

    assertThat(accepted.stageDueAtEpochMillis()).isEqualTo(pickupAt.toEpochMilli());
    assertThat(ready.stageDueAtEpochMillis()).isEqualTo(harness.minutesFromStart(180));
    assertThat(activities.ownerAlerts()).isEmpty();
    assertThat(order.status().stage()).isEqualTo("completed");
  }

  @ParameterizedTest(name = "cancelled while {0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "placed    | none     |                                      | Nothing was charged.",
        "accepted  | released | authorize 2800 USD;release 2800 USD  | The hold of $28 on your"
            + " payment is released.",
        "preparing | refunded | authorize 2800 USD;capture 2800 USD;refund 2800 USD | Your"
            + " payment of $28 is refunded.",
        "ready     | refunded | authorize 2800 USD;capture 2800 USD;refund 2800 USD | Your"
            + " payment of $28 is refunded."
      })
  void aCancellationCompensatesForItsStage(String stage, String compensation, String payments,
      String customerReads) {
    OrderWorkflow order = harness.start(harness.input());
    List<OrderAction> path = List.of(ACCEPT, START_PREPARING, MARK_READY);
    List<String> stages = List.of("placed", "accepted", "preparing", "ready");
    for (OrderAction action : path.subList(0, stages.indexOf(stage))) {
      order.act(action, null);
    }

    ChangeOutcome outcome =
        order.cancel(new CancelRequest("Changed my mind", false, "customer", true));
    harness.awaitEnd(order);

    assertThat(outcome.applied()).isTrue();
    assertThat(outcome.message()).startsWith("Order " + orderId + " is cancelled. ");
    OrderStatus status = order.status();
    assertThat(status.stage()).isEqualTo("cancelled");
    assertThat(status.compensation()).isEqualTo(compensation);
    assertThat(status.reason()).isEqualTo("Changed my mind");
    assertThat(status.stages()).last().extracting(OrderStatus.StageChange::by)
        .isEqualTo("customer");
    assertThat(activities.statuses()).last().isEqualTo("CANCELLED");
    assertThat(activities.payments())
        .containsExactlyElementsOf(payments == null ? List.of() : List.of(payments.split(";")));
    assertThat(activities.customerNotifications()).last().isEqualTo(customer("cancelled",
        "Your order is cancelled (" + WHAT + "). " + customerReads));
  }

  @Test
  void theOwnerCancelsWithAReasonOrWithoutTellingTheCustomer() {
    OrderWorkflow order = harness.start(harness.input());
    order.act(ACCEPT, null);
    order.act(START_PREPARING, null);

    ChangeOutcome outcome =
        order.cancel(new CancelRequest("The oven broke.", false, "owner", true));
    harness.awaitEnd(order);

    assertThat(outcome).isEqualTo(ChangeOutcome.applied(
        "Order " + orderId + " is cancelled. The payment of $28 is refunded."));
    assertThat(activities.customerNotifications()).last().extracting(Notification::text)
        .isEqualTo("Mario's Italian cancelled your order (" + WHAT
            + "): The oven broke. Your payment of $28 is refunded.");

    try (OrderWorkflowHarness quiet = new OrderWorkflowHarness()) {
      OrderWorkflow other = quiet.start(quiet.input());
      other.cancel(new CancelRequest(null, false, "owner", false));
      quiet.awaitEnd(other);
      assertThat(other.status().stage()).isEqualTo("cancelled");
      assertThat(quiet.activities.customerNotifications()).isEmpty();
    }
  }

  @Test
  void aCancellationSaysWhoAsksForIt() {
    OrderWorkflow order = harness.start(harness.input());

    String refusal = refusal(() -> order.cancel(new CancelRequest(null, false, "kitchen", true)));

    assertThat(refusal).isEqualTo("A cancellation is requested by the customer, the owner or the"
        + " system, not 'kitchen'.");
    assertThat(order.status().stage()).isEqualTo("placed");
  }

  @Test
  void anOrderPickedUpCanNoLongerBeCancelled() {
    OrderWorkflow order = harness.start(harness.input());
    order.act(ACCEPT, null);
    order.act(START_PREPARING, null);
    order.act(MARK_READY, null);
    order.act(PICKED_UP, null);

    String refusal = refusal(() ->
        order.cancel(new CancelRequest("Too late?", false, "customer", true)));

    assertThat(refusal)
        .isEqualTo("Order " + orderId + " was already picked up; it can no longer be cancelled.");
    assertThat(order.status().stage()).isEqualTo("picked-up");
    assertThat(order.status().compensation()).isNull();
    harness.awaitEnd(order);
    assertThat(activities.payments()).containsExactly("authorize 2800 USD", "capture 2800 USD");
    assertThat(activities.statuses()).doesNotContain("CANCELLED");
  }

  @Test
  void anActionInTheWrongStageIsRefusedWithASentenceAndChangesNothing() {
    OrderWorkflow order = harness.start(harness.input());

    String tooEarly = refusal(() -> order.act(MARK_READY, null));
    order.act(ACCEPT, null);
    String twice = refusal(() -> order.act(ACCEPT, null));
    order.act(START_PREPARING, null);
    order.act(MARK_READY, null);
    String tooLate = refusal(() -> order.act(ACCEPT, null));
    String rejectLate = refusal(() -> order.act(REJECT, "No"));
    String noAction = refusal(() -> order.act(null, null));

    assertThat(tooEarly)
        .isEqualTo("Order " + orderId + " is not being prepared yet; it cannot be marked ready.");
    assertThat(twice).isEqualTo("Order " + orderId + " is already accepted.");
    assertThat(tooLate).isEqualTo("Order " + orderId + " is already ready; it cannot be accepted.");
    assertThat(rejectLate).isEqualTo(
        "Order " + orderId + " is already ready; it cannot be rejected; cancel it instead.");
    assertThat(noAction).startsWith("Say what to do with the order");
    assertThat(order.status().stage()).isEqualTo("ready");
    assertThat(activities.statuses()).containsExactly("ACCEPTED", "PREPARING", "READY");
    assertThat(activities.payments()).containsExactly("authorize 2800 USD", "capture 2800 USD");
  }

  @Test
  void twoOwnersAcceptingAtOnceAcceptTheOrderOnceAndTheSecondIsTold() throws Exception {
    OrderWorkflow order = harness.start(harness.input());
    CountDownLatch gate = new CountDownLatch(1);
    activities.authorizationGate = gate; // the first acceptance waits on the payment provider
    WorkflowStub stub = WorkflowStub.fromTyped(order);

    WorkflowUpdateHandle<ChangeOutcome> first = stub.startUpdate(
        "act", WorkflowUpdateStage.ACCEPTED, ChangeOutcome.class, ACCEPT, null);
    WorkflowUpdateHandle<ChangeOutcome> second = stub.startUpdate(
        "act", WorkflowUpdateStage.ACCEPTED, ChangeOutcome.class, ACCEPT, null);
    gate.countDown();

    // Both passed the validator while the order was still placed; the lock sorts them out.
    assertThat(List.of(first.getResultAsync().get(30, TimeUnit.SECONDS),
            second.getResultAsync().get(30, TimeUnit.SECONDS)))
        .containsExactlyInAnyOrder(
            ChangeOutcome.applied("Order " + orderId + " is accepted; the customer is told."),
            ChangeOutcome.refused("Order " + orderId + " is already accepted."));
    assertThat(activities.payments()).containsExactly("authorize 2800 USD");
    assertThat(activities.statuses()).containsExactly("ACCEPTED");
    assertThat(order.status().stages()).extracting(OrderStatus.StageChange::stage)
        .containsExactly("placed", "accepted");
  }

  @Test
  void aReArmedWorkflowResumesAtTheStoredStageAndMeasuresFromTheAcceptance() {
    long acceptedAt = harness.minutesFromStart(-40);
    OrderWorkflow order = harness.start(harness.input(null,
        new OrderInput.Resume("preparing", harness.minutesFromStart(-20), acceptedAt)));

    harness.sleepMinutes(1);
    OrderStatus resumed = order.status();
    ChangeOutcome cancelled =
        order.cancel(new CancelRequest(null, false, "customer", true));
    harness.awaitEnd(order);

    assertThat(resumed.stage()).isEqualTo("preparing");
    assertThat(resumed.stageDueAtEpochMillis()).isEqualTo(harness.minutesFromStart(-10));
    assertThat(resumed.stages()).containsExactly(
        new OrderStatus.StageChange("preparing", harness.minutesFromStart(-20), "system"));
    assertThat(activities.ownerAlerts()).extracting(OwnerAlert::dedupKey)
        .containsExactly(harness.key("overdue-preparing"));
    assertThat(cancelled.applied()).isTrue();
    assertThat(order.status().compensation()).isEqualTo("refunded");
    assertThat(activities.payments()).containsExactly("refund 2800 USD");
  }

  private Notification customer(String what, String text) {
    return new Notification(harness.key(what), UUID.fromString(harness.businessId),
        UUID.fromString(harness.conversationId), "Ana", null, "order-" + what, text);
  }

  /** Virtual time {@code minutes} after the order was placed, give or take the activities' time. */
  private void assertAt(long epochMillis, long minutes) {
    long expected = harness.minutesFromStart(minutes);
    assertThat(epochMillis).isBetween(expected, expected + SLACK_MILLIS);
  }

  /** The validator's sentence. */
  private static String refusal(ThrowingCallable update) {
    WorkflowUpdateException refused = catchThrowableOfType(WorkflowUpdateException.class, update);
    assertThat(refused).as("refused by the validator").isNotNull();
    assertThat(refused.getCause()).isInstanceOf(ApplicationFailure.class);
    return ((ApplicationFailure) refused.getCause()).getOriginalMessage();
  }
}
