package ai.xseven.business;

import ai.xseven.rules.RuleEngine;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Asks {@code rules/booking-policy.drl} whether a slot may be booked or a booking cancelled, and
 * returns the sentence a customer should hear when not. Analysts change the policy; the one limit
 * kept here is the floor no rule may lift.
 */
@Component
class BookingRules {

  static final String RULE_SET = "booking-policy";

  private final RuleEngine engine;
  private final OpeningHoursRepository hours;

  BookingRules(RuleEngine engine, OpeningHoursRepository hours) {
    this.engine = engine;
    this.hours = hours;
  }

  Optional<String> evaluate(Business business, BookingRequest request, ZonedDateTime start,
      int minutes, List<Booking> overlapping, Instant now) {
    if (request.partySize() < 1) {
      return Optional.of("A booking needs at least one person.");
    }
    long minutesAhead = minutesBetween(now, start.toInstant());
    List<Object> facts = new ArrayList<>();
    facts.add(new BookingCheck(business.name, business.kind, business.capacity,
        request.partySize(), start.getDayOfWeek(), start.toLocalTime(), minutes, minutesAhead,
        business.minLeadMinutes));
    facts.add(Occupancy.of(overlapping));
    hours.findByBusinessIdOrderByDayOfWeekAscOpensAsc(business.id).stream()
        .map(OpeningHours::toPeriod)
        .forEach(facts::add);
    return Refusal.of(engine.evaluate(RULE_SET, facts)).map(Refusal::sentence);
  }

  Optional<String> cancellation(Business business, Booking booking, Instant now) {
    CancellationRequest request =
        new CancellationRequest(business.name, business.phone,
            minutesBetween(now, booking.startsAt));
    return Refusal.of(engine.evaluate(RULE_SET, List.of(request))).map(Refusal::sentence);
  }

  /** Whole minutes, rounded down: 29 min 59 s ahead is 29, and 1 s late is -1. */
  private static long minutesBetween(Instant from, Instant to) {
    return Math.floorDiv(Duration.between(from, to).getSeconds(), 60);
  }
}
