package ai.xseven.workflow;

import java.util.List;

/**
 * Where an appointment workflow is, as its {@code status} query reports it.
 *
 * @param stage {@code confirmed} (reminders pending), {@code check-in-open}, {@code checked-in},
 *     {@code completed}, {@code no-show} or {@code cancelled}
 * @param nextReminderAtEpochMillis when the next reminder goes out; null when none is pending
 * @param history every notification sent, in order
 */
public record AppointmentStatus(
    String stage,
    long startsAtEpochMillis,
    long endsAtEpochMillis,
    Long nextReminderAtEpochMillis,
    long checkInOpensAtEpochMillis,
    long checkInClosesAtEpochMillis,
    String cancelReason,
    List<NotificationRecord> history) {}
