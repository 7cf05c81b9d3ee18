package ai.xseven.business;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/** A period of a day in which a business is open; also a fact of {@code booking-policy}. */
public record OpeningPeriod(DayOfWeek dayOfWeek, LocalTime opens, LocalTime closes) {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

  /** Whether {@code start..end} lies inside this period; a span past midnight never does. */
  public boolean covers(LocalTime start, LocalTime end) {
    return !start.isBefore(opens) && !end.isAfter(closes) && !end.isBefore(start);
  }

  /** "12:00 PM to 3:00 PM and 6:00 PM to 10:00 PM", earliest first. */
  public static String describe(Collection<OpeningPeriod> periods) {
    return periods.stream()
        .sorted(Comparator.comparing(OpeningPeriod::opens))
        .map(period -> TIME.format(period.opens()) + " to " + TIME.format(period.closes()))
        .collect(Collectors.joining(" and "));
  }
}
