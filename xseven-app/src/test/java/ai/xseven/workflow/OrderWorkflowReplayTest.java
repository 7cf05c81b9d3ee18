package ai.xseven.workflow;

import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays histories recorded from real runs of each path: a change to {@link OrderWorkflowImpl}
 * that would break orders already in progress (non-determinism) fails here. Version such a change
 * with {@code Workflow.getVersion} where orders may still be running; re-record with
 * {@link OrderHistoryRecorder} only for a deliberately incompatible one.
 */
class OrderWorkflowReplayTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "completed", // accepted, prepared, ready, picked up, feedback two hours later
        "delivered-overdue", // an alert for each overrunning stage, a refused update, delivered
        "rejected", // rejected by the owner with a reason
        "auto-rejected", // nobody accepted it within ten minutes
        "cancelled-accepted", // cancelled by the customer: the hold released
        "cancelled-preparing", // cancelled by the owner: the payment refunded
        "resumed-cancelled-ready" // re-armed at ready after a restart, overdue, then cancelled
      })
  void replaysRecordedHistoryWithoutNonDeterminism(String path) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        "workflows/order-" + path + ".json", OrderWorkflowImpl.class);
  }
}
