package ai.xseven.workflow;

import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays histories recorded from real runs of each path ({@link AppointmentHistoryRecorder}): a
 * change to {@link AppointmentWorkflowImpl} that would break workflows already running
 * (non-determinism) fails here. Re-record only for a deliberately incompatible change, and version
 * it with {@code Workflow.getVersion} instead where workflows may still be running.
 */
class AppointmentWorkflowReplayTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "appointment-on-time.json", // confirmation, reminders, check-in, follow-up
        "appointment-rescheduled.json", // a refused move, an applied one, check-in at the new time
        "appointment-cancelled.json", // cancelled days ahead, with a notice
        "appointment-cancelled-by-owner.json", // customer refused inside the window, owner override
        "appointment-no-show.json" // no check-in: slot freed, owner alerted, customer told
      })
  void replaysRecordedHistoryWithoutNonDeterminism(String history) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        "workflows/" + history, AppointmentWorkflowImpl.class);
  }
}
