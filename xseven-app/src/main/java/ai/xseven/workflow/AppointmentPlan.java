package ai.xseven.workflow;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * When an appointment's reminders, check-in window, no-show deadline and follow-up fall, for its
 * current start. Part of the workflow's code: plain arithmetic on workflow time, deterministic.
 */
final class AppointmentPlan {

  private final AppointmentInput input;
  private long startsAt;
  private long endsAt;
  /** Reminders due before this (the booking, or its last move) were never promised. */
  private long promisedSince;
  private List<Reminder> reminders;

  AppointmentPlan(AppointmentInput input) {
    this.input = input;
    this.startsAt = input.startsAtEpochMillis();
    this.endsAt = input.endsAtEpochMillis();
    this.promisedSince = input.bookedAtEpochMillis();
    this.reminders = reminders();
  }

  /** The appointment moved at {@code now}: reminders already due then are not promised. */
  void moveTo(long startsAt, long endsAt, long now) {
    if (startsAt != this.startsAt) {
      this.startsAt = startsAt;
      this.promisedSince = now;
      this.reminders = reminders();
    }
    this.endsAt = endsAt;
  }

  /**
   * The first reminder still to send: promised, not sent for this start ({@code sent} is asked
   * with {@link #dedupSuffix}), and not yet stale.
   */
  Optional<Reminder> nextReminder(long now, Predicate<String> sent) {
    return reminders.stream()
        .filter(reminder -> reminder.promisedSince(promisedSince))
        .filter(reminder -> reminder.staleAt() > now)
        .filter(reminder -> !sent.test(dedupSuffix(reminder)))
        .findFirst();
  }

  /** {@code reminder-60m-<startMillis>}: the same reminder of a moved appointment is a new one. */
  String dedupSuffix(Reminder reminder) {
    return reminder.key() + "-" + startsAt;
  }

  long startsAt() {
    return startsAt;
  }

  long endsAt() {
    return endsAt;
  }

  long checkInOpensAt() {
    return startsAt - minutes(input.checkInOpensMinutesBefore());
  }

  /** The no-show deadline. */
  long checkInClosesAt() {
    return startsAt + minutes(input.noShowAfterMinutes());
  }

  long followUpAt() {
    return endsAt + minutes(input.followUpAfterMinutes());
  }

  private List<Reminder> reminders() {
    List<Integer> offsets = input.reminderMinutesBefore();
    return Reminder.plan(offsets == null ? List.of() : offsets, startsAt);
  }

  private static long minutes(int minutes) {
    return minutes * 60_000L;
  }
}
