package ai.xseven.workflow;

import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays histories recorded from real runs: a change to {@link AppointmentWorkflowImpl} that would
 * break workflows already running (non-determinism) fails here. Re-record only for a deliberately
 * incompatible change, and version it with {@code Workflow.getVersion} instead where workflows may
 * still be running.
 */
class AppointmentWorkflowReplayTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "appointment-workflow-history.json", // confirmation, both reminders, due at the start
        "appointment-workflow-cancelled-history.json" // confirmation, cancel signal, cancellation
      })
  void replaysRecordedHistoryWithoutNonDeterminism(String history) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(history, AppointmentWorkflowImpl.class);
  }
}
