package ai.xseven.workflow;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One booked appointment, from confirmation to the follow-up: confirms at once, reminds at the
 * business's offsets, opens the check-in window, handles a no-show when it closes without a
 * check-in, and asks for feedback after the visit. It can be moved, cancelled and checked in
 * while it runs.
 */
@WorkflowInterface
public interface AppointmentWorkflow {

  @WorkflowMethod
  void run(AppointmentInput input);

  @QueryMethod
  AppointmentStatus status();

  /**
   * Moves the appointment if the booking policy (hours, capacity, lead time) allows the new time;
   * pending reminders move with it.
   */
  @UpdateMethod
  ChangeOutcome reschedule(RescheduleRequest request);

  @UpdateValidatorMethod(updateName = "reschedule")
  void validateReschedule(RescheduleRequest request);

  /** Cancels inside the cancellation window, or outside it when the owner overrides. */
  @UpdateMethod
  ChangeOutcome cancel(CancelRequest request);

  @UpdateValidatorMethod(updateName = "cancel")
  void validateCancel(CancelRequest request);

  /** The customer has arrived: accepted while the check-in window is open. */
  @UpdateMethod
  ChangeOutcome checkIn(CheckInRequest request);

  @UpdateValidatorMethod(updateName = "checkIn")
  void validateCheckIn(CheckInRequest request);
}
