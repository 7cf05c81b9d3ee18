package ai.xseven.agent;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of several listed bookings or orders the customer's answer picks: by its place in the
 * list ("the first one", "2", "the last") or by its day ("the one on Friday").
 */
final class Choice {

  private static final Map<String, Integer> ORDINALS = Map.of(
      "first", 0, "1st", 0, "second", 1, "2nd", 1, "third", 2, "3rd", 2, "fourth", 3, "4th", 3);
  private static final Pattern ORDINAL =
      Pattern.compile("\\b(first|1st|second|2nd|third|3rd|fourth|4th|last)\\b");
  // "2", "number 2", "#2", "the 2." — a number alone, not "a table for 2 at 8".
  private static final Pattern NUMBER = Pattern.compile("^\\D{0,12}?(?:number |#)?(\\d)\\W*$");

  private Choice() {}

  /** The index the answer names by place in a list of {@code count}; -1 when it names none. */
  static int byPosition(String answer, int count) {
    String text = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
    Matcher ordinal = ORDINAL.matcher(text);
    if (ordinal.find()) {
      int index = "last".equals(ordinal.group(1)) ? count - 1 : ORDINALS.get(ordinal.group(1));
      return index < count ? index : -1;
    }
    Matcher number = NUMBER.matcher(text);
    if (number.find()) {
      int index = Integer.parseInt(number.group(1)) - 1;
      return index >= 0 && index < count ? index : -1;
    }
    return -1;
  }

  /** The one item on {@code said}; -1 when none or several are on that day. */
  static int byDay(LocalDate said, List<LocalDate> days) {
    if (said == null) {
      return -1;
    }
    int found = -1;
    for (int i = 0; i < days.size(); i++) {
      if (said.equals(days.get(i))) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }
}
