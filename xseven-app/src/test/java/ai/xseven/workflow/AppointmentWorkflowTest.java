package ai.xseven.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ai.xseven.notification.Notification;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of the appointment lifecycle in virtual time, with a recording notification channel
 * and an in-memory booking: Friday, November 27, 2026 at 7 PM in Rome, booked on the Tuesday.
 */
class AppointmentWorkflowTest {

  static final String TASK_QUEUE = "appointments-test";
  static final ZoneId ROME = ZoneId.of("Europe/Rome");

  /** Tuesday, November 24, 2026 at noon in Rome. */
  static final Instant NOW = ZonedDateTime.of(2026, 11, 24, 12, 0, 0, 0, ROME).toInstant();

  /** Friday, November 27, 2026 at 7 PM in Rome; the table is held until 9 PM. */
  static final Instant FRIDAY_7PM = at(27, 19, 0);

  static final List<Integer> DEFAULT_OFFSETS = List.of(1440, 60);

  /** Activities run in real time between timers; allow for a slow machine. */
  private static final long SLACK_MILLIS = Duration.ofSeconds(5).toMillis();

  private TestWorkflowEnvironment testEnv;
  private RecordingActivities notifications;
  private AppointmentFakeBooking booking;
  private final String bookingId = UUID.randomUUID().toString();
  private final String businessId = UUID.randomUUID().toString();
  private final String conversationId = UUID.randomUUID().toString();

  @BeforeEach
  void startEnvironment() {
    testEnv =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setInitialTimeMillis(NOW.toEpochMilli()).build());
    notifications = new RecordingActivities(testEnv);
    booking = new AppointmentFakeBooking(testEnv, ROME);
    Worker worker = testEnv.newWorker(TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(AppointmentWorkflowImpl.class);
    worker.registerActivitiesImplementations(notifications, booking);
    testEnv.start();
  }

  @AfterEach
  void closeEnvironment() {
    testEnv.close();
  }

  @Test
  void confirmsAtOnceInTheConversation() {
    start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);

    RecordingActivities.Sent confirmation = awaitDelivered("confirmation");

    assertThat(confirmation.atMillis())
        .isBetween(NOW.toEpochMilli(), NOW.toEpochMilli() + SLACK_MILLIS);
    assertThat(confirmation.notification())
        .isEqualTo(
            new Notification(
                "appointment-" + bookingId + "-confirmation",
                UUID.fromString(businessId),
                UUID.fromString(conversationId),
                "Ada",
                "ada@example.com",
                "confirmation",
                "Confirmed: your table for 4 at Mario's Italian on Friday, November 27 at 7:00 PM."
                    + " I'll remind you before it starts."));
  }

  @Test
  void onTimeRemindsAtEachOffsetChecksInAndAsksForFeedbackAfterTheVisit() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    sleepUntil(at(27, 18, 40));
    assertThat(workflow.status().stage()).isEqualTo("check-in-open");

    ChangeOutcome checkedIn = workflow.checkIn(new CheckInRequest("customer"));
    runToTheEnd(workflow);

    assertThat(checkedIn)
        .isEqualTo(
            ChangeOutcome.applied(
                "Checked in for your table for 4 at Mario's Italian at 7:00 PM. Enjoy!"));
    assertThat(notifications.keys())
        .containsExactly("confirmation", "reminder-1440m", "reminder-60m", "follow-up");
    assertSentAt("reminder-1440m", at(26, 19, 0));
    assertSentAt("reminder-60m", at(27, 18, 0));
    assertSentAt("follow-up", at(27, 23, 0)); // two hours after the table is freed at 9 PM
    assertThat(notifications.get("reminder-1440m").notification().text())
        .isEqualTo(
            "Reminder: your table for 4 at Mario's Italian is tomorrow, Friday, November 27 at"
                + " 7:00 PM.");
    assertThat(notifications.get("reminder-60m").notification())
        .extracting(Notification::kind, Notification::dedupKey, Notification::text)
        .containsExactly(
            "reminder",
            "appointment-" + bookingId + "-reminder-60m-" + FRIDAY_7PM.toEpochMilli(),
            "Reminder: your table for 4 at Mario's Italian starts in 1 hour, at 7:00 PM.");
    assertThat(notifications.get("follow-up").notification().text())
        .isEqualTo(
            "Thank you for coming! How was your table for 4 at Mario's Italian? Reply here with a"
                + " few words or a rating from 1 to 5.");
    assertThat(booking.status()).isEqualTo("COMPLETED");
    assertThat(booking.calls()).containsExactly("check in", "completed");
    assertThat(notifications.alerts()).isEmpty();
    assertThat(workflow.status().stage()).isEqualTo("completed");
    assertThat(workflow.status().history())
        .extracting(NotificationRecord::key)
        .containsExactly("confirmation", "reminder-1440m", "reminder-60m", "follow-up");
  }

  @Test
  void remindsAtTheBusinesssOwnOffsets() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, List.of(15, 2880, 180));

    runToTheEnd(workflow);

    assertThat(notifications.keys())
        .containsExactly(
            "confirmation", "reminder-2880m", "reminder-180m", "reminder-15m", "no-show");
    assertSentAt("reminder-2880m", at(25, 19, 0));
    assertSentAt("reminder-180m", at(27, 16, 0));
    assertSentAt("reminder-15m", at(27, 18, 45));
    assertThat(notifications.get("reminder-2880m").notification().text())
        .isEqualTo(
            "Reminder: your table for 4 at Mario's Italian is on Friday, November 27 at 7:00 PM.");
    assertThat(notifications.get("reminder-15m").notification().text())
        .isEqualTo("Reminder: your table for 4 at Mario's Italian starts in 15 minutes, at 7:00 PM.");
  }

  @Test
  void aReminderAlreadyDueWhenBookedIsNeverPromised() {
    Instant startsAt = NOW.plus(Duration.ofHours(5));

    runToTheEnd(start(startsAt, NOW, DEFAULT_OFFSETS));

    assertThat(notifications.keys()).containsExactly("confirmation", "reminder-60m", "no-show");
    assertSentAt("reminder-60m", startsAt.minus(Duration.ofHours(1)));
  }

  @Test
  void afterARestartThatMissedBothRemindersOnlyTheLatestGoesOut() {
    // Re-armed 30 minutes before the start of a booking made three days ago.
    Instant startsAt = NOW.plus(Duration.ofMinutes(30));

    runToTheEnd(start(startsAt, NOW.minus(Duration.ofDays(3)), DEFAULT_OFFSETS));

    assertThat(notifications.keys()).containsExactly("confirmation", "reminder-60m", "no-show");
    assertSentAt("reminder-60m", NOW);
    assertThat(notifications.get("reminder-60m").notification().text())
        .isEqualTo(
            "Reminder: your table for 4 at Mario's Italian starts in 30 minutes, at 12:30 PM.");
  }

  @Test
  void afterARestartAMissedReminderStillRelevantGoesOutLate() {
    // Re-armed 20 hours before the start: the day-before reminder fell due while down.
    Instant startsAt = NOW.plus(Duration.ofHours(20));

    runToTheEnd(start(startsAt, NOW.minus(Duration.ofDays(3)), DEFAULT_OFFSETS));

    assertThat(notifications.keys())
        .containsExactly("confirmation", "reminder-1440m", "reminder-60m", "no-show");
    assertSentAt("reminder-1440m", NOW);
    assertSentAt("reminder-60m", startsAt.minus(Duration.ofHours(1)));
  }

  @Test
  void aCheckInBeforeTheWindowOpensIsRefusedWithTheTimeItOpens() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    sleepUntil(at(27, 18, 10));

    assertThatThrownBy(() -> workflow.checkIn(new CheckInRequest("customer")))
        .isInstanceOf(WorkflowUpdateException.class)
        .satisfies(
            e ->
                assertThat(refusal(e))
                    .isEqualTo(
                        "It is too early to check in: check-in opens on Friday, November 27 at"
                            + " 6:30 PM."));
    assertThat(booking.calls()).isEmpty();
    assertThat(workflow.status().stage()).isEqualTo("confirmed");
  }

  @Test
  void aSecondCheckInIsRefused() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    sleepUntil(at(27, 18, 45));
    workflow.checkIn(new CheckInRequest("business"));

    assertThatThrownBy(() -> workflow.checkIn(new CheckInRequest("customer")))
        .satisfies(e -> assertThat(refusal(e)).isEqualTo("Already checked in."));
    assertThat(booking.calls()).containsExactly("check in");
  }

  @Test
  void noCheckInByTheDeadlineIsANoShowThatFreesTheSlotAndTellsTheOwner() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);

    runToTheEnd(workflow);

    assertThat(booking.status()).isEqualTo("NO_SHOW");
    assertThat(notifications.alerts()).hasSize(1);
    RecordingActivities.Alerted alert = notifications.alerts().get(0);
    assertThat(alert.atMillis())
        .isBetween(at(27, 19, 15).toEpochMilli(), at(27, 19, 15).toEpochMilli() + SLACK_MILLIS);
    assertThat(alert.alert().dedupKey()).isEqualTo("appointment-" + bookingId + "-no-show");
    assertThat(alert.alert().kind()).isEqualTo("no-show");
    assertThat(alert.alert().text())
        .isEqualTo(
            "No-show: Ada did not check in for the table for 4 at Mario's Italian on Friday,"
                + " November 27 at 7:00 PM (booking " + bookingId + "). The slot has been freed.");
    assertSentAt("no-show", at(27, 19, 15));
    assertThat(notifications.get("no-show").notification().text())
        .isEqualTo(
            "We missed you at your table for 4 at Mario's Italian on Friday, November 27 at 7:00"
                + " PM. The booking has been released; just write here if you'd like another"
                + " time.");
    assertThat(workflow.status().stage()).isEqualTo("no-show");
    assertThat(workflow.status().history())
        .extracting(NotificationRecord::key, NotificationRecord::audience)
        .containsExactly(
            tuple("confirmation", "customer"),
            tuple("reminder-1440m", "customer"),
            tuple("reminder-60m", "customer"),
            tuple("no-show", "owner"),
            tuple("no-show", "customer"));
  }

  @Test
  void reschedulingMovesThePendingRemindersToTheNewTime() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    awaitDelivered("confirmation");
    Instant saturday830pm = at(28, 20, 30);

    ChangeOutcome moved =
        workflow.reschedule(new RescheduleRequest("2026-11-28T20:30", "customer", true));

    assertThat(moved)
        .isEqualTo(
            ChangeOutcome.applied(
                "Moved: your table for 4 at Mario's Italian is now on Saturday, November 28 at"
                    + " 8:30 PM."));
    AppointmentStatus status = workflow.status();
    assertThat(status.startsAtEpochMillis()).isEqualTo(saturday830pm.toEpochMilli());
    assertThat(status.endsAtEpochMillis()).isEqualTo(at(28, 22, 30).toEpochMilli());
    assertThat(status.nextReminderAtEpochMillis())
        .isEqualTo(at(27, 20, 30).toEpochMilli());
    assertThat(status.checkInOpensAtEpochMillis()).isEqualTo(at(28, 20, 0).toEpochMilli());

    runToTheEnd(workflow);

    assertThat(notifications.keys())
        .containsExactly("confirmation", "moved", "reminder-1440m", "reminder-60m", "no-show");
    assertThat(notifications.get("moved").notification())
        .extracting(Notification::kind, Notification::dedupKey, Notification::text)
        .containsExactly(
            "moved",
            "appointment-" + bookingId + "-moved-" + saturday830pm.toEpochMilli(),
            "Moved: your table for 4 at Mario's Italian is now on Saturday, November 28 at 8:30"
                + " PM.");
    assertSentAt("moved", NOW);
    assertSentAt("reminder-1440m", at(27, 20, 30));
    assertSentAt("reminder-60m", at(28, 19, 30));
    assertSentAt("no-show", at(28, 20, 45));
    assertThat(notifications.get("reminder-60m").notification().dedupKey())
        .endsWith("-reminder-60m-" + saturday830pm.toEpochMilli());
    assertThat(booking.calls()).containsExactly("move 2026-11-28T20:30", "no-show");
  }

  @Test
  void anAppointmentMovedAfterAReminderGetsThatReminderAgainForTheNewTime() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    sleepUntil(at(26, 20, 0)); // the day-before reminder went out at 7 PM
    awaitDelivered("reminder-1440m");
    Instant sunday7pm = at(29, 19, 0);

    // Inside the customer's window: the owner moves it.
    ChangeOutcome moved =
        workflow.reschedule(new RescheduleRequest("2026-11-29T19:00", "owner", false));
    runToTheEnd(workflow);

    assertThat(moved.applied()).isTrue();
    assertThat(booking.calls().get(0)).isEqualTo("move 2026-11-29T19:00 bypassing the window");
    assertThat(notifications.delivered())
        .extracting(sent -> sent.notification().dedupKey())
        .containsExactly(
            "appointment-" + bookingId + "-confirmation",
            "appointment-" + bookingId + "-reminder-1440m-" + FRIDAY_7PM.toEpochMilli(),
            "appointment-" + bookingId + "-reminder-1440m-" + sunday7pm.toEpochMilli(),
            "appointment-" + bookingId + "-reminder-60m-" + sunday7pm.toEpochMilli(),
            "appointment-" + bookingId + "-no-show");
    assertThat(notifications.delivered().get(2).atMillis())
        .isBetween(at(28, 19, 0).toEpochMilli(), at(28, 19, 0).toEpochMilli() + SLACK_MILLIS);
    assertThat(notifications.calls()).hasSameSizeAs(notifications.delivered());
  }

  @Test
  void aRefusedRescheduleChangesNothing() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    awaitDelivered("confirmation");
    booking.refuseMovesWith("Sorry, only 2 seats are free at that time.");
    AppointmentStatus before = workflow.status();

    ChangeOutcome outcome =
        workflow.reschedule(new RescheduleRequest("2026-11-28T20:30", "customer", true));

    assertThat(outcome)
        .isEqualTo(ChangeOutcome.refused("Sorry, only 2 seats are free at that time."));
    assertThat(workflow.status()).isEqualTo(before);
    assertThat(booking.startsAt()).isEqualTo(FRIDAY_7PM.toEpochMilli());
    runToTheEnd(workflow);
    assertThat(notifications.keys())
        .containsExactly("confirmation", "reminder-1440m", "reminder-60m", "no-show");
    assertSentAt("reminder-1440m", at(26, 19, 0));
    assertSentAt("reminder-60m", at(27, 18, 0));
  }

  @Test
  void aCustomersMoveInsideTheCancellationWindowIsRefusedWithThePolicysReason() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    sleepUntil(at(27, 12, 0));

    ChangeOutcome outcome =
        workflow.reschedule(new RescheduleRequest("2026-11-28T20:30", "customer", true));

    assertThat(outcome).isEqualTo(ChangeOutcome.refused(AppointmentFakeBooking.WINDOW_REASON));
    assertThat(workflow.status().startsAtEpochMillis()).isEqualTo(FRIDAY_7PM.toEpochMilli());
  }

  @Test
  void aMoveToATimeThatIsNotATimeIsRefusedBeforeAnythingIsTried() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    awaitDelivered("confirmation");

    assertThatThrownBy(
            () -> workflow.reschedule(new RescheduleRequest("next friday", "customer", true)))
        .isInstanceOf(WorkflowUpdateException.class)
        .satisfies(
            e ->
                assertThat(refusal(e))
                    .isEqualTo("'next friday' is not a date and time like 2026-11-27T19:30."));
    assertThat(booking.calls()).isEmpty();
  }

  @Test
  void aMoveMadeWithoutNotifyingTheCustomerSendsNoMovedNotice() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    awaitDelivered("confirmation");

    workflow.reschedule(new RescheduleRequest("2026-11-28T20:30", "customer", false));
    runToTheEnd(workflow);

    assertThat(notifications.keys())
        .containsExactly("confirmation", "reminder-1440m", "reminder-60m", "no-show");
  }

  @Test
  void cancellingInsideTheWindowEndsTheWorkflowWithACancellation() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    sleepUntil(NOW.plus(Duration.ofHours(2)));

    ChangeOutcome outcome =
        workflow.cancel(new CancelRequest("the customer asked", false, "customer", true));
    runToTheEnd(workflow);

    assertThat(outcome.applied()).isTrue();
    assertThat(notifications.keys()).containsExactly("confirmation", "cancellation");
    assertThat(notifications.get("cancellation").notification().text())
        .isEqualTo(
            "Your table for 4 at Mario's Italian on Friday, November 27 at 7:00 PM is cancelled"
                + " (the customer asked).");
    assertThat(booking.status()).isEqualTo("CANCELLED");
    assertThat(endedAtMillis()).isLessThan(at(26, 19, 0).toEpochMilli());
    AppointmentStatus status = workflow.status();
    assertThat(status.stage()).isEqualTo("cancelled");
    assertThat(status.cancelReason()).isEqualTo("the customer asked");
    assertThat(status.nextReminderAtEpochMillis()).isNull();
  }

  @Test
  void aCustomersCancelOutsideTheWindowIsRefusedAndTheRemindersGoOn() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    sleepUntil(at(27, 17, 0));

    ChangeOutcome outcome = workflow.cancel(new CancelRequest(null, false, "customer", true));

    assertThat(outcome).isEqualTo(ChangeOutcome.refused(AppointmentFakeBooking.WINDOW_REASON));
    assertThat(workflow.status().stage()).isEqualTo("confirmed");
    runToTheEnd(workflow);
    assertThat(notifications.keys())
        .containsExactly("confirmation", "reminder-1440m", "reminder-60m", "no-show");
  }

  @Test
  void theOwnerCanCancelOutsideTheWindow() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    sleepUntil(at(27, 17, 0));

    ChangeOutcome outcome =
        workflow.cancel(new CancelRequest("kitchen closed", true, "owner", true));
    runToTheEnd(workflow);

    assertThat(outcome.applied()).isTrue();
    assertThat(booking.calls()).containsExactly("cancel overriding the window");
    assertThat(notifications.keys())
        .containsExactly("confirmation", "reminder-1440m", "cancellation");
  }

  @Test
  void aCancelMadeWithoutNotifyingTheCustomerSendsNoCancellation() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    awaitDelivered("confirmation");

    workflow.cancel(new CancelRequest(null, false, "customer", false));
    runToTheEnd(workflow);

    assertThat(notifications.keys()).containsExactly("confirmation");
    assertThat(workflow.status().stage()).isEqualTo("cancelled");
  }

  @Test
  void aCheckedInAppointmentCanNeitherBeMovedNorCancelled() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    sleepUntil(at(27, 18, 50));
    workflow.checkIn(new CheckInRequest("business"));

    assertThatThrownBy(
            () -> workflow.reschedule(new RescheduleRequest("2026-11-28T20:30", "owner", true)))
        .satisfies(
            e ->
                assertThat(refusal(e))
                    .isEqualTo(
                        "The customer has already checked in; the booking cannot be moved."));
    assertThatThrownBy(() -> workflow.cancel(new CancelRequest(null, true, "owner", true)))
        .satisfies(
            e ->
                assertThat(refusal(e))
                    .isEqualTo(
                        "The customer has already checked in; the booking cannot be cancelled."));
    assertThat(booking.calls()).containsExactly("check in");
  }

  @Test
  void statusShowsTheStageTheNextReminderAndWhatWasSent() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    sleepUntil(at(26, 20, 0));
    awaitDelivered("reminder-1440m");

    AppointmentStatus status = workflow.status();

    assertThat(status.stage()).isEqualTo("confirmed");
    assertThat(status.startsAtEpochMillis()).isEqualTo(FRIDAY_7PM.toEpochMilli());
    assertThat(status.endsAtEpochMillis()).isEqualTo(at(27, 21, 0).toEpochMilli());
    assertThat(status.nextReminderAtEpochMillis()).isEqualTo(at(27, 18, 0).toEpochMilli());
    assertThat(status.checkInOpensAtEpochMillis()).isEqualTo(at(27, 18, 30).toEpochMilli());
    assertThat(status.checkInClosesAtEpochMillis()).isEqualTo(at(27, 19, 15).toEpochMilli());
    assertThat(status.cancelReason()).isNull();
    assertThat(status.history())
        .extracting(NotificationRecord::key, NotificationRecord::audience, NotificationRecord::text)
        .containsExactly(
            tuple(
                "confirmation",
                "customer",
                "Confirmed: your table for 4 at Mario's Italian on Friday, November 27 at 7:00 PM."
                    + " I'll remind you before it starts."),
            tuple(
                "reminder-1440m",
                "customer",
                "Reminder: your table for 4 at Mario's Italian is tomorrow, Friday, November 27"
                    + " at 7:00 PM."));
    assertThat(status.history().get(1).atEpochMillis())
        .isBetween(at(26, 19, 0).toEpochMilli(), at(26, 19, 0).toEpochMilli() + SLACK_MILLIS);
  }

  @Test
  void aWorkflowStartedAgainAfterARestartShowsTheCustomerNothingTwice() {
    AppointmentWorkflow first = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    sleepUntil(at(26, 20, 0));
    awaitDelivered("reminder-1440m");
    // The embedded server forgets its workflows on restart; recovery starts the booking's again.
    WorkflowStub.fromTyped(first).terminate("restart");

    AppointmentWorkflow rearmed = start(FRIDAY_7PM, NOW, DEFAULT_OFFSETS);
    runToTheEnd(rearmed);

    assertThat(notifications.keys())
        .containsExactly("confirmation", "reminder-1440m", "reminder-60m", "no-show");
    // The confirmation and the still-relevant day-before reminder were delivered again, under the
    // same keys, and the channel kept one of each.
    assertThat(notifications.calls())
        .extracting(RecordingActivities.Sent::key)
        .containsExactly(
            "confirmation",
            "reminder-1440m",
            "confirmation",
            "reminder-1440m",
            "reminder-60m",
            "no-show");
  }

  // ---------------------------------------------------------------------------------------------

  static Instant at(int dayOfNovember, int hour, int minute) {
    return ZonedDateTime.of(2026, 11, dayOfNovember, hour, minute, 0, 0, ROME).toInstant();
  }

  private AppointmentWorkflow start(Instant startsAt, Instant bookedAt, List<Integer> offsets) {
    booking.book(startsAt.toEpochMilli(), startsAt.plus(Duration.ofHours(2)).toEpochMilli());
    AppointmentWorkflow workflow =
        testEnv
            .getWorkflowClient()
            .newWorkflowStub(
                AppointmentWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId("appointment-" + bookingId)
                    .setTaskQueue(TASK_QUEUE)
                    .build());
    WorkflowClient.start(
        workflow::run,
        new AppointmentInput(
            bookingId,
            businessId,
            conversationId,
            "Ada",
            "table for 4 at Mario's Italian",
            startsAt.toEpochMilli(),
            startsAt.plus(Duration.ofHours(2)).toEpochMilli(),
            bookedAt.toEpochMilli(),
            ROME.getId(),
            offsets,
            30,
            15,
            120,
            "ada@example.com"));
    return workflow;
  }

  /** Skips virtual time forward to {@code instant}. */
  private void sleepUntil(Instant instant) {
    testEnv.sleep(Duration.ofMillis(instant.toEpochMilli() - testEnv.currentTimeMillis()));
  }

  /** Waits (activities run on worker threads) until the key has been delivered. */
  private RecordingActivities.Sent awaitDelivered(String key) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> notifications.keys().contains(key));
    return notifications.get(key);
  }

  /** Waits for the workflow to finish, skipping time over its timers. */
  private static void runToTheEnd(AppointmentWorkflow workflow) {
    WorkflowStub.fromTyped(workflow).getResult(Void.class);
  }

  /** When the workflow completed, from its history: the test clock runs on after the end. */
  private long endedAtMillis() {
    return com.google.protobuf.util.Timestamps.toMillis(
        testEnv
            .getWorkflowClient()
            .fetchHistory("appointment-" + bookingId)
            .getLastEvent()
            .getEventTime());
  }

  private void assertSentAt(String key, Instant due) {
    assertThat(notifications.get(key).atMillis())
        .as("%s sent at", key)
        .isBetween(due.toEpochMilli(), due.toEpochMilli() + SLACK_MILLIS);
  }

  /** The reason an update validator gave. */
  static String refusal(Throwable e) {
    assertThat(e).isInstanceOf(WorkflowUpdateException.class);
    return ((ApplicationFailure) e.getCause()).getOriginalMessage();
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
