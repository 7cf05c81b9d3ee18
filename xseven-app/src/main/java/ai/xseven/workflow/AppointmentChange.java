package ai.xseven.workflow;

/**
 * What a booking activity did to the booking behind an appointment workflow.
 *
 * @param applied whether the booking changed (or already was as asked)
 * @param reason why it was refused, in the booking policy's words; null when applied
 * @param startsAtEpochMillis the booking's start after the change
 * @param bookingStatus the booking's status after the change, e.g. {@code CONFIRMED}
 */
public record AppointmentChange(
    boolean applied,
    String reason,
    long startsAtEpochMillis,
    long endsAtEpochMillis,
    String bookingStatus) {

  static AppointmentChange refused(String reason, String bookingStatus) {
    return new AppointmentChange(false, reason, 0, 0, bookingStatus);
  }
}
