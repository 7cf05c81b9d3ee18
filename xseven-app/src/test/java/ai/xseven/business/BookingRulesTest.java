package ai.xseven.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import ai.xseven.rules.RuleEngine;
import ai.xseven.rules.ShippedRuleSets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sentences customers hear, from the facts BookingRules builds and the shipped policy. */
class BookingRulesTest {

  private static final ZoneId ZONE = ZoneId.of("America/New_York");

  private final RuleEngine engine = mock(RuleEngine.class);
  private final OpeningHoursRepository hoursRepository = mock(OpeningHoursRepository.class);
  private final BookingRules rules = new BookingRules(engine, hoursRepository);
  private final List<OpeningHours> hours = new ArrayList<>();
  private final Instant now = Instant.parse("2031-03-03T12:00:00Z");

  @BeforeEach
  void evaluateTheShippedPolicy() {
    given(engine.evaluate(eq(BookingRules.RULE_SET), anyCollection()))
        .willAnswer(call -> ShippedRuleSets.evaluate(BookingRules.RULE_SET,
            call.<Collection<?>>getArgument(1)));
  }

  @Test
  void aFreeSlotInsideTheHoursIsNotRefused() {
    Business marios = restaurant(50);
    open(marios, DayOfWeek.FRIDAY, "12:00", "23:00");

    assertThat(rules.evaluate(marios, party(4), friday("19:00"), 90, List.of(), now)).isEmpty();
  }

  @Test
  void aPartyOfNoOneIsRefusedWhateverTheRulesSay() {
    Business marios = restaurant(50);
    open(marios, DayOfWeek.FRIDAY, "12:00", "23:00");

    assertThat(rules.evaluate(marios, party(0), friday("19:00"), 90, List.of(), now))
        .contains("A booking needs at least one person.");
  }

  @Test
  void tooSoonByLessThanAMinuteIsStillTooSoon() {
    Business marios = restaurant(50);
    open(marios, DayOfWeek.FRIDAY, "12:00", "23:00");
    ZonedDateTime start = friday("19:00");
    Instant almostLeadTimeAhead = start.toInstant().minus(Duration.ofMinutes(30)).plusSeconds(1);

    assertThat(rules.evaluate(marios, party(2), start, 90, List.of(), almostLeadTimeAhead))
        .contains("That time is too soon: please book at least 30 minutes ahead.");
  }

  @Test
  void aClosedDayIsNamed() {
    Business marios = restaurant(50);
    open(marios, DayOfWeek.FRIDAY, "12:00", "23:00");

    assertThat(rules.evaluate(marios, party(2), friday("19:00").plusDays(3), 90, List.of(), now))
        .contains("Mario's Italian is closed on Mondays.");
  }

  @Test
  void aSlotOutsideTheHoursListsTheHoursOfThatDay() {
    Business marios = restaurant(50);
    open(marios, DayOfWeek.FRIDAY, "18:00", "23:00");
    open(marios, DayOfWeek.FRIDAY, "12:00", "15:00");

    assertThat(rules.evaluate(marios, party(2), friday("14:00"), 90, List.of(), now))
        .contains("On Fridays Mario's Italian is open 12:00 PM to 3:00 PM and 6:00 PM to"
            + " 11:00 PM, and this booking takes 90 minutes.");
  }

  @Test
  void aPartyTooLargeForTheRestaurantIsToldItsSize() {
    Business marios = restaurant(50);
    open(marios, DayOfWeek.FRIDAY, "12:00", "23:00");

    assertThat(rules.evaluate(marios, party(60), friday("19:00"), 90, List.of(), now))
        .contains("Mario's Italian seats at most 50 guests.");
  }

  @Test
  void seatsFreeAreCountedFromTheOverlappingBookings() {
    Business marios = restaurant(50);
    open(marios, DayOfWeek.FRIDAY, "12:00", "23:00");
    List<Booking> overlapping = List.of(booking(marios, 40), booking(marios, 7));

    assertThat(rules.evaluate(marios, party(4), friday("19:00"), 90, overlapping, now))
        .contains("Sorry, only 3 seats are free at that time.");
    assertThat(rules.evaluate(marios, party(3), friday("19:00"), 90, overlapping, now)).isEmpty();
  }

  @Test
  void aSalonIsFullWhenEveryChairHasAnAppointment() {
    Business salon = new Business("bella", "Bella Hair & Nails", BusinessKind.SALON);
    salon.capacity = 2;
    salon.minLeadMinutes = 60;
    open(salon, DayOfWeek.FRIDAY, "10:00", "18:00");

    assertThat(rules.evaluate(salon, party(1), friday("11:00"), 60,
        List.of(booking(salon, 1)), now)).isEmpty();
    assertThat(rules.evaluate(salon, party(1), friday("11:00"), 60,
        List.of(booking(salon, 1), booking(salon, 1)), now))
        .contains("Sorry, every chair is taken at that time.");
  }

  @Test
  void everyReasonIsToldWhenSeveralRulesRefuse() {
    Business marios = restaurant(50);
    open(marios, DayOfWeek.FRIDAY, "12:00", "23:00");
    ZonedDateTime monday = friday("19:00").plusDays(3);

    assertThat(rules.evaluate(marios, party(60), monday, 90, List.of(), now))
        .contains("Mario's Italian is closed on Mondays. Mario's Italian seats at most 50 guests.");
  }

  @Test
  void aCancellationInsideTheWindowIsRefusedWithWhomToCall() {
    Business marios = restaurant(50);
    Booking tonight = booking(marios, 2);
    tonight.startsAt = now.plus(Duration.ofHours(23));

    assertThat(rules.cancellation(marios, tonight, now))
        .contains("Bookings can be cancelled up to 24 hours before they start; please call"
            + " Mario's Italian on +1 555 0100.");
    tonight.startsAt = now.plus(Duration.ofHours(24));
    assertThat(rules.cancellation(marios, tonight, now)).isEmpty();
  }

  private Business restaurant(int seats) {
    Business business = new Business("marios", "Mario's Italian", BusinessKind.RESTAURANT);
    business.capacity = seats;
    business.minLeadMinutes = 30;
    business.phone = "+1 555 0100";
    business.timeZone = "America/New_York";
    return business;
  }

  private void open(Business business, DayOfWeek day, String opens, String closes) {
    hours.add(new OpeningHours(business.id, day, LocalTime.parse(opens), LocalTime.parse(closes)));
    given(hoursRepository.findByBusinessIdOrderByDayOfWeekAscOpensAsc(business.id))
        .willReturn(List.copyOf(hours));
  }

  private ZonedDateTime friday(String time) {
    LocalDate date =
        LocalDate.ofInstant(now, ZONE).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
    return ZonedDateTime.of(date, LocalTime.parse(time), ZONE);
  }

  private static BookingRequest party(int size) {
    return new BookingRequest(UUID.randomUUID(), null, null, null, size, null, "Ada");
  }

  private Booking booking(Business business, int partySize) {
    return new Booking(business.id, null, "Someone", null, partySize, now, now, now);
  }
}
