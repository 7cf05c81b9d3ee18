package ai.xseven.workflow;

import static ai.xseven.workflow.AppointmentWorkflowTest.FRIDAY_7PM;
import static ai.xseven.workflow.AppointmentWorkflowTest.NOW;
import static ai.xseven.workflow.AppointmentWorkflowTest.ROME;
import static ai.xseven.workflow.AppointmentWorkflowTest.TASK_QUEUE;
import static ai.xseven.workflow.AppointmentWorkflowTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.xseven.notification.Notification;
import ai.xseven.notification.OwnerAlert;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The worker dies and a fresh one (a new worker factory on the same server and task queue, as after
 * a deploy) carries on: the workflow completes and the customer sees each message once. The
 * recording channel counts raw calls as well as what it delivered per dedup key, so a repeated
 * delivery would show.
 */
class AppointmentWorkerCrashTest {

  private TestWorkflowEnvironment testEnv;
  private RecordingActivities notifications;
  private AppointmentFakeBooking booking;
  private final CountDownLatch releaseStuckActivities = new CountDownLatch(1);
  private final String bookingId = UUID.randomUUID().toString();

  @BeforeEach
  void startServer() {
    testEnv =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setInitialTimeMillis(NOW.toEpochMilli()).build());
    notifications = new RecordingActivities(testEnv);
    booking = new AppointmentFakeBooking(testEnv, ROME);
    booking.book(FRIDAY_7PM.toEpochMilli(), at(27, 21, 0).toEpochMilli());
  }

  @AfterEach
  void stopServer() {
    releaseStuckActivities.countDown();
    testEnv.close();
  }

  @Test
  void aWorkerKilledWhileTheWorkflowWaitsOnATimerIsReplacedAndNothingIsSentTwice() {
    WorkerFactory first = worker(notifications);
    AppointmentWorkflow workflow = start();
    sleepUntil(at(26, 20, 0));
    awaitDelivered("reminder-1440m"); // now waiting on the timer of the hour-before reminder

    kill(first);
    worker(notifications);
    sleepUntil(at(27, 18, 45));
    workflow.checkIn(new CheckInRequest("business"));
    WorkflowStub.fromTyped(workflow).getResult(Void.class);

    assertThat(notifications.keys())
        .containsExactly("confirmation", "reminder-1440m", "reminder-60m", "follow-up");
    assertThat(callsPerKey()).allSatisfy((key, calls) -> assertThat(calls).as(key).isOne());
    assertThat(notifications.get("reminder-60m").atMillis())
        .isBetween(at(27, 18, 0).toEpochMilli(), at(27, 18, 0).toEpochMilli() + 5_000);
    assertThat(booking.status()).isEqualTo("COMPLETED");
  }

  @Test
  void aWorkerKilledAfterDeliveringButBeforeReportingIsRetriedAndTheChannelKeepsOneCopy() {
    CountDownLatch delivering = new CountDownLatch(1);
    WorkerFactory first =
        worker(new DiesAfterDelivering(notifications, "reminder-60m", delivering));
    AppointmentWorkflow workflow = start();
    sleepUntil(at(27, 18, 0));
    await().atMost(Duration.ofSeconds(10)).until(() -> delivering.getCount() == 0);

    kill(first);
    worker(notifications);
    WorkflowStub.fromTyped(workflow).getResult(Void.class);

    String reminderKey = "appointment-" + bookingId + "-reminder-60m-" + FRIDAY_7PM.toEpochMilli();
    assertThat(notifications.calls())
        .filteredOn(sent -> sent.notification().dedupKey().equals(reminderKey))
        .hasSize(2);
    assertThat(notifications.keys())
        .containsExactly("confirmation", "reminder-1440m", "reminder-60m", "no-show");
    assertThat(callsPerKey())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("confirmation", 1L, "reminder-1440m", 1L, "reminder-60m", 2L, "no-show", 1L));
    assertThat(booking.status()).isEqualTo("NO_SHOW");
  }

  /** Delivers the given reminder once, then hangs as a worker does that is being killed. */
  private final class DiesAfterDelivering implements NotificationActivities {

    private final NotificationActivities channel;
    private final String key;
    private final CountDownLatch delivering;

    DiesAfterDelivering(NotificationActivities channel, String key, CountDownLatch delivering) {
      this.channel = channel;
      this.key = key;
      this.delivering = delivering;
    }

    @Override
    public void notifyCustomer(Notification notification) {
      channel.notifyCustomer(notification);
      if (AppointmentKeys.withinWorkflow(notification.dedupKey()).equals(key)) {
        delivering.countDown();
        try {
          releaseStuckActivities.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("the worker died before reporting the delivery");
      }
    }

    @Override
    public void alertOwner(OwnerAlert alert) {
      channel.alertOwner(alert);
    }
  }

  /**
   * A worker without a sticky queue. A real server hands a dead worker's sticky tasks to the
   * normal queue after a few seconds; the in-process test server never does, so a workflow cached
   * on the killed worker would wait forever. Without the cache the new worker replays the history,
   * as it must after a real crash.
   */
  private WorkerFactory worker(NotificationActivities channel) {
    WorkerFactory factory = WorkerFactory.newInstance(testEnv.getWorkflowClient());
    Worker worker =
        factory.newWorker(
            TASK_QUEUE,
            WorkerOptions.newBuilder().setStickyQueueScheduleToStartTimeout(Duration.ZERO).build());
    worker.registerWorkflowImplementationTypes(AppointmentWorkflowImpl.class);
    worker.registerActivitiesImplementations(channel, booking);
    factory.start();
    return factory;
  }

  private static void kill(WorkerFactory factory) {
    factory.shutdownNow();
    factory.awaitTermination(10, TimeUnit.SECONDS);
  }

  private AppointmentWorkflow start() {
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
            UUID.randomUUID().toString(),
            UUID.randomUUID().toString(),
            "Ada",
            "table for 4 at Mario's Italian",
            FRIDAY_7PM.toEpochMilli(),
            at(27, 21, 0).toEpochMilli(),
            NOW.toEpochMilli(),
            ROME.getId(),
            List.of(1440, 60),
            30,
            15,
            120));
    return workflow;
  }

  private Map<String, Long> callsPerKey() {
    return notifications.calls().stream()
        .collect(Collectors.groupingBy(RecordingActivities.Sent::key, Collectors.counting()));
  }

  private void awaitDelivered(String key) {
    await().atMost(Duration.ofSeconds(10)).until(() -> notifications.keys().contains(key));
  }

  private void sleepUntil(Instant instant) {
    testEnv.sleep(Duration.ofMillis(instant.toEpochMilli() - testEnv.currentTimeMillis()));
  }
}
