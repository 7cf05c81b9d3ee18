package ai.xseven.business;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * One period of the opening hours an owner wants instead of the current ones, as
 * {@code rules/menu-change-policy.drl} sees it.
 *
 * @param position where it stands in the owner's list, from 1: tells two equal periods apart
 */
public record ProposedPeriod(int position, DayOfWeek dayOfWeek, LocalTime opens,
    LocalTime closes) {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

  /** "Monday". */
  public String dayName() {
    return dayOfWeek.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** "12:00 PM to 3:00 PM". */
  public String describe() {
    return TIME.format(opens) + " to " + TIME.format(closes);
  }
}
