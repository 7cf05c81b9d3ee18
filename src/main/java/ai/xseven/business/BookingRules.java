package ai.xseven.business;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The hard limits of a booking: lead time, opening hours and capacity. Returns the reason a
 * customer should hear when a slot is refused. (Analyst-editable booking policy arrives as Drools
 * rules; these limits stay as the floor no rule may lift.)
 */
@Component
class BookingRules {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

  private final OpeningHoursRepository hours;

  BookingRules(OpeningHoursRepository hours) {
    this.hours = hours;
  }

  Optional<String> evaluate(Business business, BookingRequest request, ZonedDateTime start,
      int minutes, List<Booking> overlapping, Instant now) {
    if (request.partySize() < 1) {
      return Optional.of("A booking needs at least one person.");
    }
    if (start.toInstant().isBefore(now.plus(Duration.ofMinutes(business.minLeadMinutes)))) {
      return Optional.of(
          "That time is too soon: please book at least " + business.minLeadMinutes
              + " minutes ahead.");
    }
    List<OpeningPeriod> day =
        hours.findByBusinessIdOrderByDayOfWeekAscOpensAsc(business.id).stream()
            .map(OpeningHours::toPeriod)
            .filter(period -> period.dayOfWeek() == start.getDayOfWeek())
            .toList();
    String dayName = start.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    if (day.isEmpty()) {
      return Optional.of(business.name + " is closed on " + dayName + "s.");
    }
    LocalTime from = start.toLocalTime();
    LocalTime to = from.plusMinutes(minutes);
    if (day.stream().noneMatch(period -> period.covers(from, to))) {
      return Optional.of(
          "On " + dayName + "s " + business.name + " is open " + describe(day)
              + ", and this booking takes " + minutes + " minutes.");
    }
    return capacity(business, request, overlapping);
  }

  private Optional<String> capacity(Business business, BookingRequest request,
      List<Booking> overlapping) {
    if (business.kind == BusinessKind.RESTAURANT) {
      if (request.partySize() > business.capacity) {
        return Optional.of(
            business.name + " seats at most " + business.capacity + " guests.");
      }
      int seated = overlapping.stream().mapToInt(booking -> booking.partySize).sum();
      if (seated + request.partySize() > business.capacity) {
        return Optional.of(
            "Sorry, only " + Math.max(0, business.capacity - seated)
                + " seats are free at that time.");
      }
    } else if (overlapping.size() >= business.capacity) {
      return Optional.of("Sorry, every chair is taken at that time.");
    }
    return Optional.empty();
  }

  private static String describe(List<OpeningPeriod> periods) {
    return periods.stream()
        .map(period -> TIME.format(period.opens()) + " to " + TIME.format(period.closes()))
        .collect(Collectors.joining(" and "));
  }
}
