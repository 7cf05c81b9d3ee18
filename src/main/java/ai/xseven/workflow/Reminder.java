package ai.xseven.workflow;

import java.time.Duration;

/** The reminders an appointment gets, earliest first. */
enum Reminder {
  DAY_BEFORE("reminder-24h", Duration.ofHours(24)),
  HOUR_BEFORE("reminder-1h", Duration.ofHours(1));

  final String key;
  private final Duration before;

  Reminder(String key, Duration before) {
    this.key = key;
    this.before = before;
  }

  long dueAt(long startsAtMillis) {
    return startsAtMillis - before.toMillis();
  }

  /**
   * When sending it late stops making sense: once the next reminder is due, or the appointment has
   * started. After a restart that missed both, the customer hears only the hour-before one.
   */
  long staleAt(long startsAtMillis) {
    return ordinal() + 1 < values().length
        ? values()[ordinal() + 1].dueAt(startsAtMillis)
        : startsAtMillis;
  }
}
