package ai.xseven.agent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads booking details (day, time, party size, name, service) out of a customer message, offline
 * and deterministically: relative dates are resolved against the {@code now} given, never the
 * system clock.
 *
 * <p>Each finder blanks out what it recognised before the next one looks, so "table for 4" is not
 * read as 4 o'clock and "under April" is not a month. {@code expecting} names the detail the
 * assistant asked for last ({@code date}, {@code time}, {@code partySize}, {@code service} or
 * {@code name}); it lets a bare answer such as "4", "7" or "ana lopez" count.
 */
@Component
public class BookingDetailsExtractor {

  private final DateFinder dates = new DateFinder();

  public BookingDetails extract(
      String text, ZoneId zone, Instant now, List<String> serviceNames, String expecting) {
    if (text == null || text.isBlank()) {
      return BookingDetails.EMPTY;
    }
    Span<String> name = NameFinder.find(text, "name".equals(expecting));
    String rest = name == null ? text : name.blankIn(text);
    String service = ServiceMatcher.match(rest, serviceNames);

    String normalised = BookingText.normalise(rest);
    Span<Integer> partySize = PartySizeFinder.find(normalised, "partySize".equals(expecting));
    if (partySize != null) {
      normalised = partySize.blankIn(normalised);
    }
    Span<LocalTime> time = TimeFinder.find(normalised, "time".equals(expecting));
    if (time != null) {
      normalised = time.blankIn(normalised);
    }
    LocalDate date = dates.find(normalised, zone, now, "date".equals(expecting));

    return new BookingDetails(
        date,
        time == null ? null : time.value(),
        partySize == null ? null : partySize.value(),
        name == null ? null : name.value(),
        service);
  }
}
