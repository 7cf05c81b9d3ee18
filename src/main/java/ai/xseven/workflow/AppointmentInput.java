package ai.xseven.workflow;

/**
 * What an appointment workflow needs to know, in plain values so that its history stays readable.
 *
 * @param description what is booked, e.g. "table for 4 at Mario's Italian"
 * @param bookedAtEpochMillis when the booking was made: reminders already due then are not sent
 * @param zoneId the business's time zone, in which times are written
 */
public record AppointmentInput(
    String bookingId,
    String conversationId,
    String description,
    long startsAtEpochMillis,
    long bookedAtEpochMillis,
    String zoneId) {}
