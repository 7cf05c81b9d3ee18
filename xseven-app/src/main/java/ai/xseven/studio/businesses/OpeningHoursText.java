package ai.xseven.studio.businesses;

import ai.xseven.business.OpeningPeriod;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A day's opening hours as one line an owner types: {@code 12:00-15:00, 18:00-22:00}. */
final class OpeningHoursText {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  private OpeningHoursText() {}

  static String format(List<OpeningPeriod> periods) {
    return periods.stream().sorted(Comparator.comparing(OpeningPeriod::opens))
        .map(p -> TIME.format(p.opens()) + "-" + TIME.format(p.closes()))
        .collect(Collectors.joining(", "));
  }

  /**
   * Empty or "closed": closed that day.
   *
   * @throws IllegalArgumentException naming the day and showing how to write it
   */
  static List<OpeningPeriod> parse(DayOfWeek day, String text) {
    String line = text == null ? "" : text.strip();
    if (line.isEmpty() || line.equalsIgnoreCase("closed")) {
      return List.of();
    }
    List<OpeningPeriod> periods = new ArrayList<>();
    for (String part : line.split("[,;]")) {
      String[] ends = part.strip().split("\\s*[-–]\\s*");
      try {
        if (ends.length != 2) {
          throw new DateTimeParseException("not a period", part, 0);
        }
        periods.add(new OpeningPeriod(day, LocalTime.parse(ends[0].strip(), TIME),
            LocalTime.parse(ends[1].strip(), TIME)));
      } catch (DateTimeParseException wrong) {
        throw new IllegalArgumentException(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + ": '" + part.strip() + "' is not a period; write periods like 12:00-15:00, "
            + "18:00-22:00, or leave the day empty when closed.");
      }
    }
    return periods;
  }
}
