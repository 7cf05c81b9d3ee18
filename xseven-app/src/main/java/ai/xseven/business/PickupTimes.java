package ai.xseven.business;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether a pick-up time suits the business: inside one of its opening periods of that day and at
 * least its lead time ahead. Not asked of {@code booking-policy}: its facts and sentences are about
 * a table or a chair held for a while (capacity, duration, "this booking takes …"); a pick-up is a
 * moment, and the business's opening periods and lead time answer it directly.
 */
@Component
class PickupTimes {

  private final OpeningHoursRepository hours;

  PickupTimes(OpeningHoursRepository hours) {
    this.hours = hours;
  }

  /** Empty when {@code pickup} (the business's local time) suits it, else the reason. */
  Optional<String> refusal(Business business, LocalDateTime pickup, Instant now) {
    ZonedDateTime at = pickup.atZone(business.zone());
    long minutesAhead = Math.floorDiv(Duration.between(now, at.toInstant()).getSeconds(), 60);
    if (minutesAhead < business.minLeadMinutes) {
      return Optional.of("That pick-up time is too soon: please order at least "
          + business.minLeadMinutes + " minutes ahead.");
    }
    String day = at.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    List<OpeningPeriod> periods = hours.findByBusinessIdOrderByDayOfWeekAscOpensAsc(business.id)
        .stream().map(OpeningHours::toPeriod)
        .filter(period -> period.dayOfWeek() == at.getDayOfWeek())
        .toList();
    if (periods.isEmpty()) {
      return Optional.of(business.name + " is closed on " + day + "s.");
    }
    LocalTime time = at.toLocalTime();
    if (periods.stream().noneMatch(period -> period.covers(time, time))) {
      return Optional.of("On " + day + "s " + business.name + " is open "
          + OpeningPeriod.describe(periods) + "; please pick a pick-up time inside those hours.");
    }
    return Optional.empty();
  }
}
