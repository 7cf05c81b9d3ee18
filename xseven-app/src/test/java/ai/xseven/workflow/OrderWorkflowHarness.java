package ai.xseven.workflow;

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
import java.util.UUID;

/**
 * An order workflow on a time-skipping server with recording activities, for the workflow tests
 * and the history recorder. Settings: accepted within 10 minutes, prepared within 30, picked up
 * within 60, feedback 120 minutes after the hand-over.
 */
final class OrderWorkflowHarness implements AutoCloseable {

  static final String TASK_QUEUE = "orders-test";
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Friday, November 27, 2026 at 6:00 PM in New York. */
  static final Instant NOW = ZonedDateTime.of(2026, 11, 27, 18, 0, 0, 0, NEW_YORK).toInstant();

  static final int ACCEPT_MINUTES = 10;
  static final int PREPARE_MINUTES = 30;
  static final int PICKUP_MINUTES = 60;
  static final int FEEDBACK_MINUTES = 120;

  final TestWorkflowEnvironment testEnv;
  final OrderActivityRecorder activities;
  final String orderId;
  final String conversationId;
  final String businessId;

  OrderWorkflowHarness() {
    this(UUID.randomUUID().toString());
  }

  /** With a fixed order id, so that recorded histories do not change for nothing. */
  OrderWorkflowHarness(String orderId) {
    this.orderId = orderId;
    this.conversationId = UUID.nameUUIDFromBytes(("conversation " + orderId).getBytes()).toString();
    this.businessId = UUID.nameUUIDFromBytes(("business " + orderId).getBytes()).toString();
    testEnv = TestWorkflowEnvironment.newInstance(
        TestEnvironmentOptions.newBuilder().setInitialTimeMillis(NOW.toEpochMilli()).build());
    activities = new OrderActivityRecorder(testEnv);
    Worker worker = testEnv.newWorker(TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(OrderWorkflowImpl.class);
    worker.registerActivitiesImplementations(activities);
    testEnv.start();
  }

  /** An order of $28 placed now, for as soon as it is ready. */
  OrderInput input() {
    return input(null, null);
  }

  OrderInput input(Instant pickupAt, OrderInput.Resume resume) {
    return new OrderInput(orderId, businessId, conversationId, "Ana",
        "2 × Margherita ($14): $28 at Mario's Italian", 2800, "USD",
        pickupAt == null ? null : pickupAt.toEpochMilli(), NOW.toEpochMilli(), NEW_YORK.getId(),
        ACCEPT_MINUTES, PREPARE_MINUTES, PICKUP_MINUTES, "Mario's Italian", null,
        FEEDBACK_MINUTES, resume);
  }

  OrderWorkflow start(OrderInput input) {
    OrderWorkflow workflow = testEnv.getWorkflowClient().newWorkflowStub(OrderWorkflow.class,
        WorkflowOptions.newBuilder()
            .setWorkflowId(workflowId())
            .setTaskQueue(TASK_QUEUE)
            .build());
    WorkflowClient.start(workflow::run, input);
    return workflow;
  }

  String workflowId() {
    return "order-" + orderId;
  }

  /** The notification's dedup key, e.g. {@code order-<id>-accepted}. */
  String key(String what) {
    return "order-" + orderId + "-" + what;
  }

  void sleepMinutes(long minutes) {
    testEnv.sleep(Duration.ofMinutes(minutes));
  }

  /** Waits (skipping time) until the workflow has ended, every notification sent. */
  void awaitEnd(OrderWorkflow workflow) {
    WorkflowStub.fromTyped(workflow).getResult(Void.class);
  }

  long minutesFromStart(long minutes) {
    return NOW.toEpochMilli() + Duration.ofMinutes(minutes).toMillis();
  }

  @Override
  public void close() {
    testEnv.close();
  }
}
