package ai.xseven.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import com.google.protobuf.util.Timestamps;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
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

class AppointmentWorkflowTest {

  private static final String TASK_QUEUE = "appointments-test";
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  /** Tuesday, November 24, 2026 at noon in Rome. */
  private static final Instant NOW = ZonedDateTime.of(2026, 11, 24, 12, 0, 0, 0, ROME).toInstant();

  /** Friday, November 27, 2026 at 7 PM in Rome. */
  private static final Instant FRIDAY_7PM =
      ZonedDateTime.of(2026, 11, 27, 19, 0, 0, 0, ROME).toInstant();

  /** Activities run in real time between timers; allow for a slow machine. */
  private static final long SLACK_MILLIS = Duration.ofSeconds(5).toMillis();

  private TestWorkflowEnvironment testEnv;
  private RecordingActivities activities;
  private final String bookingId = UUID.randomUUID().toString();
  private final String conversationId = UUID.randomUUID().toString();

  @BeforeEach
  void startEnvironment() {
    testEnv =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setInitialTimeMillis(NOW.toEpochMilli()).build());
    activities = new RecordingActivities(testEnv);
    Worker worker = testEnv.newWorker(TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(AppointmentWorkflowImpl.class);
    worker.registerActivitiesImplementations(activities);
    testEnv.start();
  }

  @AfterEach
  void closeEnvironment() {
    testEnv.close();
  }

  @Test
  void sendsTheConfirmationAtOnce() {
    start(FRIDAY_7PM, NOW);
    testEnv.sleep(Duration.ofMinutes(1));

    RecordingActivities.Sent confirmation = activities.get("confirmation");
    assertThat(activities.keys()).containsExactly("confirmation");
    assertThat(confirmation.atMillis())
        .isBetween(NOW.toEpochMilli(), NOW.toEpochMilli() + SLACK_MILLIS);
    assertThat(confirmation.notification())
        .isEqualTo(
            new ConversationNotification(
                UUID.fromString(conversationId),
                "appointment-" + bookingId + "-confirmation",
                "confirmation",
                "Confirmed: your table for 4 at Mario's Italian on Friday, November 27 at 7:00 PM."
                    + " I'll remind you before it starts."));
  }

  @Test
  void remindsExactlyOneDayAndOneHourBeforeTheStart() {
    runToTheEnd(start(FRIDAY_7PM, NOW));

    assertThat(activities.keys()).containsExactly("confirmation", "reminder-24h", "reminder-1h");
    assertSentAt("reminder-24h", FRIDAY_7PM.minus(Duration.ofHours(24)));
    assertSentAt("reminder-1h", FRIDAY_7PM.minus(Duration.ofHours(1)));
    assertThat(activities.get("reminder-24h").notification().text())
        .isEqualTo(
            "Reminder: your table for 4 at Mario's Italian is tomorrow, Friday, November 27 at 7:00"
                + " PM.");
    assertThat(activities.get("reminder-1h").notification().text())
        .isEqualTo("Reminder: your table for 4 at Mario's Italian starts in 1 hour, at 7:00 PM.");
    assertThat(activities.get("reminder-1h").notification())
        .extracting(ConversationNotification::kind, ConversationNotification::dedupKey)
        .containsExactly("reminder", "appointment-" + bookingId + "-reminder-1h");
  }

  @Test
  void bookingOnlyFiveHoursAheadGetsOnlyTheHourBeforeReminder() {
    Instant startsAt = NOW.plus(Duration.ofHours(5));

    runToTheEnd(start(startsAt, NOW));

    assertThat(activities.keys()).containsExactly("confirmation", "reminder-1h");
    assertSentAt("reminder-1h", startsAt.minus(Duration.ofHours(1)));
  }

  @Test
  void cancelSignalSendsCancellationAndNoMoreReminders() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW);
    testEnv.sleep(Duration.ofHours(2));

    workflow.cancel("the customer asked");
    runToTheEnd(workflow);

    assertThat(activities.keys()).containsExactly("confirmation", "cancellation");
    assertThat(activities.get("cancellation").notification().text())
        .isEqualTo(
            "Your table for 4 at Mario's Italian on Friday, November 27 at 7:00 PM is cancelled"
                + " (the customer asked).");
    assertThat(endedAtMillis()).isLessThan(FRIDAY_7PM.minus(Duration.ofHours(24)).toEpochMilli());
    assertThat(workflow.status().stage()).isEqualTo("cancelled");
    assertThat(workflow.status().cancelled()).isTrue();
  }

  @Test
  void statusShowsWhatWasSentAndWhatComesNext() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW);
    testEnv.sleep(Duration.between(NOW, FRIDAY_7PM.minus(Duration.ofHours(23))));

    assertThat(workflow.status())
        .isEqualTo(
            new AppointmentStatus(
                "awaiting-reminder-1h",
                false,
                List.of("confirmation", "reminder-24h"),
                FRIDAY_7PM.toEpochMilli()));
  }

  @Test
  void endsAtTheStartOfTheAppointment() {
    AppointmentWorkflow workflow = start(FRIDAY_7PM, NOW);

    runToTheEnd(workflow);

    assertThat(endedAtMillis())
        .isBetween(FRIDAY_7PM.toEpochMilli(), FRIDAY_7PM.toEpochMilli() + SLACK_MILLIS);
    assertThat(workflow.status().stage()).isEqualTo("due");
    assertThat(workflow.status().cancelled()).isFalse();
  }

  @Test
  void sendsAReminderMissedWhileDownLateWhenTheBookingIsOlder() {
    // Restarted 20 h before the start of a booking made three days ago: the 24 h reminder fell due
    // while the application was down.
    Instant startsAt = NOW.plus(Duration.ofHours(20));

    runToTheEnd(start(startsAt, NOW.minus(Duration.ofDays(3))));

    assertThat(activities.keys()).containsExactly("confirmation", "reminder-24h", "reminder-1h");
    assertSentAt("reminder-24h", NOW);
    assertThat(activities.get("reminder-24h").notification().text())
        .isEqualTo(
            "Reminder: your table for 4 at Mario's Italian is tomorrow, Wednesday, November 25 at"
                + " 8:00 AM.");
    assertSentAt("reminder-1h", startsAt.minus(Duration.ofHours(1)));
  }

  @Test
  void sendsOnlyTheHourBeforeReminderWhenRestartedWithinTheLastHour() {
    Instant startsAt = NOW.plus(Duration.ofMinutes(30));

    runToTheEnd(start(startsAt, NOW.minus(Duration.ofDays(3))));

    assertThat(activities.keys()).containsExactly("confirmation", "reminder-1h");
    assertSentAt("reminder-1h", NOW);
    assertThat(activities.get("reminder-1h").notification().text())
        .isEqualTo(
            "Reminder: your table for 4 at Mario's Italian starts in 30 minutes, at 12:30 PM.");
  }

  private AppointmentWorkflow start(Instant startsAt, Instant bookedAt) {
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
            conversationId,
            "table for 4 at Mario's Italian",
            startsAt.toEpochMilli(),
            bookedAt.toEpochMilli(),
            ROME.getId()));
    return workflow;
  }

  /** Waits for the workflow to finish, skipping time over its timers. */
  private static void runToTheEnd(AppointmentWorkflow workflow) {
    WorkflowStub.fromTyped(workflow).getResult(Void.class);
  }

  /** When the workflow completed, from its history: the test clock runs on after the end. */
  private long endedAtMillis() {
    Timestamp completed =
        testEnv
            .getWorkflowClient()
            .fetchHistory("appointment-" + bookingId)
            .getLastEvent()
            .getEventTime();
    return Timestamps.toMillis(completed);
  }

  private void assertSentAt(String key, Instant due) {
    assertThat(activities.get(key).atMillis())
        .as("%s sent at", key)
        .isBetween(due.toEpochMilli(), due.toEpochMilli() + SLACK_MILLIS);
  }
}
