package ai.xseven.guardrail;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/** One period in which the business is open. A close at midnight is kept as the end of the day. */
public record OpeningWindow(DayOfWeek day, LocalTime opens, LocalTime closes) {

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

  public OpeningWindow {
    closes = LocalTime.MIDNIGHT.equals(closes) ? LocalTime.MAX : closes;
  }

  /** The mention names this day, or no day at all (then any open day will do). */
  public boolean sameDay(TimeMention mention) {
    return mention.day() == null || mention.day() == day;
  }

  /**
   * Whether a visit at the mentioned time fits in this window: from opening up to (not at)
   * closing; a closing time ("open until 10 PM") fits when it is after opening, up to closing.
   */
  public boolean admits(TimeMention mention) {
    LocalTime time = mention.time();
    if (!sameDay(mention)) {
      return false;
    }
    return mention.closing()
        ? time.isAfter(opens) && !time.isAfter(closes)
        : !time.isBefore(opens) && time.isBefore(closes);
  }

  /** The stated hours lie within this window. */
  public boolean covers(HoursStatement hours) {
    return (hours.day() == null || hours.day() == day)
        && !hours.opens().isBefore(opens)
        && !hours.closes().isAfter(closes);
  }

  /** "Friday 12:00 PM to 11:00 PM; Saturday 12:00 PM to 11:00 PM": hours as feedback. */
  public static String describe(Collection<?> windows) {
    String hours =
        windows.stream()
            .map(OpeningWindow.class::cast)
            .sorted(Comparator.comparing(OpeningWindow::day).thenComparing(OpeningWindow::opens))
            .map(OpeningWindow::toString)
            .collect(Collectors.joining("; "));
    return hours.isEmpty() ? "never" : hours;
  }

  @Override
  public String toString() {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + clock(opens) + " to "
        + clock(closes);
  }

  static String clock(LocalTime time) {
    return LocalTime.MAX.equals(time) ? "midnight" : CLOCK.format(time);
  }
}
