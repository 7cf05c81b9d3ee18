package ai.xseven.workflow;

import io.temporal.activity.ActivityInterface;

/**
 * What appointment workflows do to their booking. Each is idempotent (asking again for a state
 * the booking is already in applies nothing and succeeds), so retries are safe, and a refusal by
 * the booking policy is a returned value, not a failure to retry.
 */
@ActivityInterface(namePrefix = "Appointment")
public interface AppointmentActivities {

  /**
   * Moves the booking in place (same id) under the booking policy.
   *
   * @param newStart ISO local date and time in the business's zone, e.g. {@code 2026-11-27T19:30}
   * @param bypassWindow the owner or the system moves it: the cancellation window does not apply
   */
  AppointmentChange move(String bookingId, String newStart, boolean bypassWindow);

  /** Cancels the booking inside the cancellation window, or outside it on the owner's override. */
  AppointmentChange cancel(String bookingId, boolean ownerOverride);

  AppointmentChange markCheckedIn(String bookingId);

  /** Frees the slot of a booking nobody came for. */
  AppointmentChange markNoShow(String bookingId);

  AppointmentChange markCompleted(String bookingId);
}
