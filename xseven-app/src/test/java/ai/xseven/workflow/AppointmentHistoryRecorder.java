package ai.xseven.workflow;

import static ai.xseven.workflow.AppointmentWorkflowTest.FRIDAY_7PM;
import static ai.xseven.workflow.AppointmentWorkflowTest.NOW;
import static ai.xseven.workflow.AppointmentWorkflowTest.ROME;
import static ai.xseven.workflow.AppointmentWorkflowTest.TASK_QUEUE;
import static ai.xseven.workflow.AppointmentWorkflowTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Records the histories that {@link AppointmentWorkflowReplayTest} replays, one per path of the
 * lifecycle, into {@code src/test/resources/workflows/appointment-*.json}. Run it only on purpose,
 * after a deliberately incompatible change (and version running workflows instead where there may
 * be any):
 *
 * <pre>./mvnw test -Dtest=AppointmentHistoryRecorder -Dxseven.record-histories=true</pre>
 */
@EnabledIfSystemProperty(named = "xseven.record-histories", matches = "true")
class AppointmentHistoryRecorder {

  private static final Path FOLDER = Path.of("src/test/resources/workflows");

  private TestWorkflowEnvironment testEnv;
  private AppointmentFakeBooking booking;

  @BeforeEach
  void startEnvironment() {
    testEnv =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setInitialTimeMillis(NOW.toEpochMilli()).build());
    booking = new AppointmentFakeBooking(testEnv, ROME);
    Worker worker = testEnv.newWorker(TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(AppointmentWorkflowImpl.class);
    worker.registerActivitiesImplementations(new RecordingActivities(testEnv), booking);
    testEnv.start();
  }

  @AfterEach
  void closeEnvironment() {
    testEnv.close();
  }

  /** Confirmation, both reminders, check-in, follow-up after the visit. */
  @Test
  void onTime() throws IOException {
    record("on-time", workflow -> {
      sleepUntil(at(27, 18, 40));
      assertThat(workflow.checkIn(new CheckInRequest("customer")).applied()).isTrue();
    });
  }

  /** A move the policy refuses, one it applies (reminders move), then check-in at the new time. */
  @Test
  void rescheduled() throws IOException {
    record("rescheduled", workflow -> {
      sleepUntil(at(25, 12, 0));
      booking.refuseMovesWith("Sorry, only 2 seats are free at that time.");
      assertThat(workflow.reschedule(new RescheduleRequest("2026-11-28T19:00", "customer", true))
          .applied()).isFalse();
      booking.refuseMovesWith(null);
      assertThat(workflow.reschedule(new RescheduleRequest("2026-11-28T20:30", "customer", true))
          .applied()).isTrue();
      sleepUntil(at(28, 20, 10));
      assertThat(workflow.checkIn(new CheckInRequest("business")).applied()).isTrue();
    });
  }

  /** The customer cancels days ahead; the cancellation notice ends it. */
  @Test
  void cancelled() throws IOException {
    record("cancelled", workflow -> {
      sleepUntil(at(25, 9, 0));
      assertThat(workflow.cancel(new CancelRequest("plans changed", false, "customer", true))
          .applied()).isTrue();
    });
  }

  /** The customer's cancel inside the window is refused; the owner's override then applies. */
  @Test
  void cancelledByTheOwner() throws IOException {
    record("cancelled-by-owner", workflow -> {
      sleepUntil(at(27, 10, 0));
      assertThat(workflow.cancel(new CancelRequest(null, false, "customer", true)).applied())
          .isFalse();
      assertThat(workflow.cancel(new CancelRequest("kitchen closed", true, "owner", true))
          .applied()).isTrue();
    });
  }

  /** Nobody checks in: the slot is freed, the owner alerted and the customer told. */
  @Test
  void noShow() throws IOException {
    record("no-show", workflow -> {});
  }

  private void record(String path, Consumer<AppointmentWorkflow> meanwhile) throws IOException {
    String bookingId = UUID.nameUUIDFromBytes(("replay-" + path).getBytes(StandardCharsets.UTF_8))
        .toString();
    String workflowId = "appointment-" + bookingId;
    booking.book(FRIDAY_7PM.toEpochMilli(), at(27, 21, 0).toEpochMilli());
    AppointmentWorkflow workflow =
        testEnv.getWorkflowClient().newWorkflowStub(AppointmentWorkflow.class,
            WorkflowOptions.newBuilder().setWorkflowId(workflowId).setTaskQueue(TASK_QUEUE)
                .build());
    WorkflowClient.start(workflow::run, new AppointmentInput(bookingId,
        UUID.nameUUIDFromBytes("replay-business".getBytes(StandardCharsets.UTF_8)).toString(),
        UUID.nameUUIDFromBytes("replay-conversation".getBytes(StandardCharsets.UTF_8)).toString(),
        "Ada", "table for 4 at Mario's Italian", FRIDAY_7PM.toEpochMilli(),
        at(27, 21, 0).toEpochMilli(), NOW.toEpochMilli(), ROME.getId(), List.of(1440, 60), 30, 15,
        120, "ada@example.com"));
    meanwhile.accept(workflow);
    WorkflowStub.fromTyped(workflow).getResult(Void.class);
    Files.createDirectories(FOLDER);
    Files.writeString(FOLDER.resolve("appointment-" + path + ".json"),
        testEnv.getWorkflowClient().fetchHistory(workflowId).toJson(true));
  }

  private void sleepUntil(Instant instant) {
    testEnv.sleep(Duration.ofMillis(instant.toEpochMilli() - testEnv.currentTimeMillis()));
  }
}
