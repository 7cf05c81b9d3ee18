package ai.xseven.workflow;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One booked appointment, from confirmation to its start: confirms at once, reminds a day and an
 * hour before, and ends when the appointment starts or is cancelled.
 */
@WorkflowInterface
public interface AppointmentWorkflow {

  @WorkflowMethod
  void run(AppointmentInput input);

  @QueryMethod
  AppointmentStatus status();

  /** Ends the workflow early with a cancellation notice; later reminders are not sent. */
  @SignalMethod
  void cancel(String reason);
}
