package ai.xseven.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One reminder of an appointment, {@code minutesBefore} its start.
 *
 * @param dueAt when it goes out
 * @param staleAt when sending it late stops making sense: once the next reminder is due, or the
 *     appointment has started. After a restart that missed several, only the latest goes out.
 */
record Reminder(int minutesBefore, long dueAt, long staleAt) {

  /** {@code reminder-60m}: what it is within the workflow, for its history and dedup key. */
  String key() {
    return "reminder-" + minutesBefore + "m";
  }

  /**
   * The reminders of an appointment starting at {@code startsAt}, earliest first; offsets that are
   * not positive or repeat are dropped.
   */
  static List<Reminder> plan(List<Integer> minutesBefore, long startsAt) {
    List<Integer> offsets = minutesBefore.stream().filter(minutes -> minutes > 0).distinct()
        .sorted(Comparator.reverseOrder()).toList();
    List<Reminder> plan = new ArrayList<>();
    for (int i = 0; i < offsets.size(); i++) {
      long dueAt = startsAt - offsets.get(i) * 60_000L;
      long staleAt = i + 1 < offsets.size() ? startsAt - offsets.get(i + 1) * 60_000L : startsAt;
      plan.add(new Reminder(offsets.get(i), dueAt, staleAt));
    }
    return List.copyOf(plan);
  }

  /**
   * Whether the customer was promised it: it fell due after the booking was made (or last moved).
   */
  boolean promisedSince(long epochMillis) {
    return dueAt >= epochMillis;
  }
}
