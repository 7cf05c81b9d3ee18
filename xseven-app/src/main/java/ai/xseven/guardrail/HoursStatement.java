package ai.xseven.guardrail;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A span of time the reply states ("Tuesday: 12:00 PM–10:00 PM", "from 9 AM to 7 PM"), read as a
 * claim about the opening hours. A close at midnight is kept as the end of the day.
 *
 * @param day the weekday it is stated for; null when none is named
 */
public record HoursStatement(String text, DayOfWeek day, LocalTime opens, LocalTime closes) {

  public HoursStatement {
    closes = LocalTime.MIDNIGHT.equals(closes) ? LocalTime.MAX : closes;
  }

  /** "Monday 9:00 AM to 5:00 PM". */
  public String describe() {
    return day == null
        ? OpeningWindow.clock(opens) + " to " + OpeningWindow.clock(closes)
        : new OpeningWindow(day, opens, closes).toString();
  }
}
