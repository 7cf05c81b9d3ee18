package ai.xseven.guardrail;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A single time of day the reply states.
 *
 * @param day the weekday named with it; null when none is ("tomorrow" and "tonight" count as none,
 *     because the guardrail has no date to resolve them against)
 * @param offersVisit the reply offers, confirms or states it as open ("booked for 7 PM", "see
 *     you at 7 PM", "we open at noon"); false when its clause turns it down ("sorry, 11 PM is
 *     taken")
 * @param closing the time ends something ("open until 10 PM", "we close at 10 PM")
 */
public record TimeMention(
    String text, DayOfWeek day, LocalTime time, boolean offersVisit, boolean closing) {

  /** "Friday at 11:30 PM", or "11:30 PM" when no day is named. */
  public String describe() {
    return day == null ? OpeningWindow.clock(time) : dayName() + " at " + OpeningWindow.clock(time);
  }

  public String dayName() {
    return day == null ? "" : day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
