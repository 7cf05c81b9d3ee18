package ai.xseven.dashboard;

import ai.xseven.business.OpeningPeriod;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A change an owner asked for, kept in the process as one string between the preview and the
 * owner's yes or no: {@code price|<itemId>|1500}, {@code removal|<itemId>} or
 * {@code hours|FRIDAY@12:00-22:00;…} (the whole new week; empty: closed every day).
 */
record MenuChangeRequest(Kind kind, UUID itemId, Integer priceCents, List<OpeningPeriod> week) {

  enum Kind {
    PRICE,
    REMOVAL,
    HOURS
  }

  static MenuChangeRequest price(UUID itemId, int priceCents) {
    return new MenuChangeRequest(Kind.PRICE, itemId, priceCents, null);
  }

  static MenuChangeRequest removal(UUID itemId) {
    return new MenuChangeRequest(Kind.REMOVAL, itemId, null, null);
  }

  static MenuChangeRequest hours(List<OpeningPeriod> week) {
    return new MenuChangeRequest(Kind.HOURS, null, null, List.copyOf(week));
  }

  String encode() {
    return switch (kind) {
      case PRICE -> "price|" + itemId + "|" + priceCents;
      case REMOVAL -> "removal|" + itemId;
      case HOURS -> "hours|" + week.stream()
          .map(p -> p.dayOfWeek() + "@" + p.opens() + "-" + p.closes())
          .collect(Collectors.joining(";"));
    };
  }

  static MenuChangeRequest decode(String encoded) {
    String[] parts = encoded.split("\\|", -1);
    return switch (parts[0]) {
      case "price" -> price(UUID.fromString(parts[1]), Integer.parseInt(parts[2]));
      case "removal" -> removal(UUID.fromString(parts[1]));
      case "hours" -> hours(parts[1].isEmpty() ? List.of() : Arrays.stream(parts[1].split(";"))
          .map(MenuChangeRequest::period)
          .toList());
      default -> throw new IllegalArgumentException("Not a menu change: " + encoded);
    };
  }

  private static OpeningPeriod period(String encoded) {
    String[] dayAndTimes = encoded.split("@");
    String[] times = dayAndTimes[1].split("-");
    return new OpeningPeriod(DayOfWeek.valueOf(dayAndTimes[0]), LocalTime.parse(times[0]),
        LocalTime.parse(times[1]));
  }
}
