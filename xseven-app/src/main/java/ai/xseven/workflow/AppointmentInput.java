package ai.xseven.workflow;

import java.util.List;

/**
 * What an appointment workflow needs to know, in plain values so that its history stays readable.
 *
 * @param description what is booked, e.g. "table for 4 at Mario's Italian"
 * @param bookedAtEpochMillis when the booking was made: reminders already due then are not sent
 * @param zoneId the business's time zone, in which times are written
 * @param reminderMinutesBefore the business's reminder offsets, longest first
 * @param checkInOpensMinutesBefore how long before the start a check-in is accepted
 * @param noShowAfterMinutes how long after the start, without a check-in, it is a no-show
 * @param followUpAfterMinutes how long after the end the feedback request goes out
 * @param customerContact an e-mail address or phone number for channels outside the chat; null
 *     when the customer gave none
 * @param checkedIn the customer had checked in already: a workflow re-armed after a restart goes
 *     straight to the follow-up (histories recorded before this field read false)
 */
public record AppointmentInput(
    String bookingId,
    String businessId,
    String conversationId,
    String customerName,
    String description,
    long startsAtEpochMillis,
    long endsAtEpochMillis,
    long bookedAtEpochMillis,
    String zoneId,
    List<Integer> reminderMinutesBefore,
    int checkInOpensMinutesBefore,
    int noShowAfterMinutes,
    int followUpAfterMinutes,
    String customerContact,
    boolean checkedIn) {

  /** An appointment whose customer is reached in the conversation only. */
  public AppointmentInput(String bookingId, String businessId, String conversationId,
      String customerName, String description, long startsAtEpochMillis, long endsAtEpochMillis,
      long bookedAtEpochMillis, String zoneId, List<Integer> reminderMinutesBefore,
      int checkInOpensMinutesBefore, int noShowAfterMinutes, int followUpAfterMinutes) {
    this(bookingId, businessId, conversationId, customerName, description, startsAtEpochMillis,
        endsAtEpochMillis, bookedAtEpochMillis, zoneId, reminderMinutesBefore,
        checkInOpensMinutesBefore, noShowAfterMinutes, followUpAfterMinutes, null, false);
  }

  /** A new appointment, not checked in yet. */
  public AppointmentInput(String bookingId, String businessId, String conversationId,
      String customerName, String description, long startsAtEpochMillis, long endsAtEpochMillis,
      long bookedAtEpochMillis, String zoneId, List<Integer> reminderMinutesBefore,
      int checkInOpensMinutesBefore, int noShowAfterMinutes, int followUpAfterMinutes,
      String customerContact) {
    this(bookingId, businessId, conversationId, customerName, description, startsAtEpochMillis,
        endsAtEpochMillis, bookedAtEpochMillis, zoneId, reminderMinutesBefore,
        checkInOpensMinutesBefore, noShowAfterMinutes, followUpAfterMinutes, customerContact,
        false);
  }
}
