package ai.xseven.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import ai.xseven.rules.RuleEngine;
import ai.xseven.rules.ShippedRuleSets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link BookingService}'s moves, cancellations and lifecycle marks on the real schema (Flyway, H2)
 * under the shipped booking policy, with a clock the test moves: it starts on Friday, November 20,
 * 2026, 10:00 AM in New York. The salon has one chair, opens 9 AM to 7 PM and wants bookings an
 * hour ahead.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@RecordApplicationEvents
@Import({BookingService.class, BookingRules.class, BookingServiceTest.TestClock.class})
class BookingServiceTest {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
  static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);
  static final String WINDOW =
      "Bookings can be cancelled up to 24 hours before they start; please call Test Salon on"
          + " +1 555 0199.";

  /** A clock a test can move. */
  static final class MovableClock extends Clock {
    Instant now = NOW;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @TestConfiguration
  static class TestClock {
    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock();
    }
  }

  @MockitoBean RuleEngine engine;
  @Autowired BookingService bookings;
  @Autowired BusinessRepository businesses;
  @Autowired CatalogItemRepository catalog;
  @Autowired OpeningHoursRepository hours;
  @Autowired BookingRepository bookingRows;
  @Autowired MovableClock clock;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestEntityManager entityManager;
  @Autowired ApplicationEvents events;

  Business salon;
  CatalogItem haircut;

  @BeforeEach
  void openASalonOfOneChairUnderTheShippedPolicy() {
    clock.now = NOW;
    given(engine.evaluate(eq(BookingRules.RULE_SET), anyCollection()))
        .willAnswer(call -> ShippedRuleSets.evaluate(BookingRules.RULE_SET,
            call.<Collection<?>>getArgument(1)));
    TestBusinesses test = new TestBusinesses(businesses, catalog, hours);
    salon = test.oneChairSalon();
    haircut = test.item(salon, "Haircut", 4000, 60);
  }

  @Test
  void aMoveKeepsTheBookingsIdAndFreesTheOldTime() {
    BookingConfirmation booked = book(SATURDAY, "11:00");

    BookingConfirmation moved =
        bookings.move(booked.bookingId(), SATURDAY.atTime(14, 0), false);

    assertThat(moved.bookingId()).isEqualTo(booked.bookingId());
    assertThat(moved.startsAt()).isEqualTo(at(SATURDAY, "14:00"));
    assertThat(moved.endsAt()).isEqualTo(at(SATURDAY, "15:00"));
    assertThat(moved.status()).isEqualTo("CONFIRMED");
    entityManager.flush();
    assertThat(jdbc.queryForObject("select count(*) from booking where business_id = ?",
        Integer.class, salon.id)).isOne();
    assertThat(bookings.check(request(SATURDAY, "11:00")).available()).isTrue();
    assertThat(bookings.check(request(SATURDAY, "14:00")).reason())
        .isEqualTo("Sorry, every chair is taken at that time.");
  }

  @Test
  void aMoveOverlappingItsOwnTimeCountsItsOwnChairAsFree() {
    BookingConfirmation booked = book(SATURDAY, "11:00");

    BookingConfirmation moved =
        bookings.move(booked.bookingId(), SATURDAY.atTime(11, 30), false);

    assertThat(moved.startsAt()).isEqualTo(at(SATURDAY, "11:30"));
  }

  @Test
  void aMoveIntoATakenSlotIsRefusedAndChangesNothing() {
    BookingConfirmation first = book(SATURDAY, "11:00");
    book(SATURDAY, "14:00");

    assertThatThrownBy(() -> bookings.move(first.bookingId(), SATURDAY.atTime(14, 30), false))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessage("Sorry, every chair is taken at that time.");
    assertThat(bookings.get(first.bookingId()).startsAt()).isEqualTo(at(SATURDAY, "11:00"));
  }

  @Test
  void aMoveOutsideTheOpeningHoursIsRefusedWithTheHours() {
    BookingConfirmation booked = book(SATURDAY, "11:00");

    assertThatThrownBy(() -> bookings.move(booked.bookingId(), SATURDAY.atTime(18, 30), true))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageStartingWith("On Saturdays Test Salon is open ")
        .hasMessageEndingWith(", and this booking takes 60 minutes.");
  }

  @Test
  void aMoveTooCloseToNowIsRefusedForTheLeadTimeEvenForTheOwner() {
    BookingConfirmation booked = book(SATURDAY, "11:00");

    assertThatThrownBy(() -> bookings.move(booked.bookingId(),
        LocalDateTime.ofInstant(NOW.plus(Duration.ofMinutes(30)), NEW_YORK), true))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessage("That time is too soon: please book at least 60 minutes ahead.");
  }

  @Test
  void aCustomerMayNotMoveInsideTheCancellationWindowButTheOwnerMay() {
    BookingConfirmation booked = book(SATURDAY, "11:00");
    clock.now = at(SATURDAY, "08:00");

    assertThatThrownBy(() -> bookings.move(booked.bookingId(), SATURDAY.atTime(15, 0), false))
        .isInstanceOf(CancellationRefusedException.class)
        .hasMessage(WINDOW);
    assertThat(bookings.move(booked.bookingId(), SATURDAY.atTime(15, 0), true).startsAt())
        .isEqualTo(at(SATURDAY, "15:00"));
  }

  @Test
  void aCancelInsideTheWindowIsRefusedUnlessTheOwnerOverrides() {
    BookingConfirmation booked = book(SATURDAY, "11:00");
    clock.now = at(SATURDAY, "08:00");

    assertThatThrownBy(() -> bookings.cancel(booked.bookingId()))
        .isInstanceOf(CancellationRefusedException.class)
        .hasMessage(WINDOW);
    assertThat(events.stream(BookingCancelled.class)).isEmpty();

    BookingCancelled cancelled = bookings.cancel(booked.bookingId(), true);

    assertThat(cancelled.bookingId()).isEqualTo(booked.bookingId());
    assertThat(bookings.get(booked.bookingId()).status()).isEqualTo("CANCELLED");
    assertThat(bookings.check(request(SATURDAY, "11:00")).available()).isTrue();
    assertThat(events.stream(BookingCancelled.class)).containsExactly(cancelled);
  }

  @Test
  void cancellingTwicePublishesOnce() {
    BookingConfirmation booked = book(SATURDAY, "11:00");

    bookings.cancel(booked.bookingId());
    bookings.cancel(booked.bookingId());

    assertThat(events.stream(BookingCancelled.class)).hasSize(1);
  }

  @Test
  void aNoShowFreesTheSlotAndIsNoLongerUpcoming() {
    BookingConfirmation booked = book(SATURDAY, "11:00");
    clock.now = at(SATURDAY, "11:15");

    BookingConfirmation missed = bookings.markNoShow(booked.bookingId());

    assertThat(missed.status()).isEqualTo("NO_SHOW");
    assertThat(bookings.markNoShow(booked.bookingId()).status()).isEqualTo("NO_SHOW");
    assertThat(bookings.upcoming()).extracting(BookingConfirmation::bookingId)
        .doesNotContain(booked.bookingId());
    assertThat(bookings.activeOf(salon.id)).isEmpty();
    clock.now = NOW;
    assertThat(bookings.check(request(SATURDAY, "11:00")).available()).isTrue();
  }

  @Test
  void aCheckedInBookingKeepsItsChairUntilItIsCompleted() {
    BookingConfirmation booked = book(SATURDAY, "11:00");
    clock.now = at(SATURDAY, "10:45");

    assertThat(bookings.markCheckedIn(booked.bookingId()).status()).isEqualTo("CHECKED_IN");

    clock.now = NOW;
    assertThat(bookings.check(request(SATURDAY, "11:00")).reason())
        .isEqualTo("Sorry, every chair is taken at that time.");
    assertThat(bookings.upcoming()).extracting(BookingConfirmation::bookingId)
        .contains(booked.bookingId());
    assertThat(bookings.activeOf(salon.id)).extracting(BookingConfirmation::bookingId)
        .containsExactly(booked.bookingId());
    assertThat(bookings.onDay(salon.id, SATURDAY)).extracting(BookingConfirmation::bookingId)
        .containsExactly(booked.bookingId());
    assertThat(bookings.markCompleted(booked.bookingId()).status()).isEqualTo("COMPLETED");
    assertThat(bookings.check(request(SATURDAY, "11:00")).available()).isTrue();
  }

  @Test
  void aCheckedInBookingCanNeitherBeMovedNorCancelledNorMissed() {
    BookingConfirmation booked = book(SATURDAY, "11:00");
    bookings.markCheckedIn(booked.bookingId());

    assertThatThrownBy(() -> bookings.move(booked.bookingId(), SATURDAY.atTime(15, 0), true))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessage("The customer has already checked in; the booking cannot be moved.");
    assertThatThrownBy(() -> bookings.cancel(booked.bookingId(), true))
        .isInstanceOf(CancellationRefusedException.class)
        .hasMessage("The customer has already checked in; the booking cannot be cancelled.");
    assertThatThrownBy(() -> bookings.markNoShow(booked.bookingId()))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessage(
            "The customer has already checked in; the booking cannot be marked as missed.");
  }

  @Test
  void onlyACheckedInBookingCanBeCompletedAndACancelledOneNotCheckedIn() {
    BookingConfirmation booked = book(SATURDAY, "11:00");

    assertThatThrownBy(() -> bookings.markCompleted(booked.bookingId()))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessage("That booking is not checked in yet; it cannot be completed.");
    bookings.cancel(booked.bookingId());
    assertThatThrownBy(() -> bookings.markCheckedIn(booked.bookingId()))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessage("That booking was cancelled; it cannot be checked in.");
    assertThatThrownBy(() -> bookings.move(booked.bookingId(), SATURDAY.atTime(15, 0), true))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessage("That booking was cancelled; it cannot be moved.");
  }

  @Test
  void anUnknownBookingIsNotFound() {
    UUID unknown = UUID.randomUUID();

    assertThatThrownBy(() -> bookings.get(unknown)).isInstanceOf(NotFoundException.class)
        .hasMessage("There is no booking with id " + unknown + ".");
    assertThatThrownBy(() -> bookings.move(unknown, SATURDAY.atTime(15, 0), false))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> bookings.markNoShow(unknown)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theCustomersContactIsKept() {
    BookingConfirmation booked = bookings.book(new BookingRequest(salon.id, null, SATURDAY,
        LocalTime.of(11, 0), 1, haircut.id, "Ada Lovelace", "ada@example.com"));

    assertThat(bookings.get(booked.bookingId()).customerContact()).isEqualTo("ada@example.com");
  }

  /** Outside a test transaction: the workflow id is written after the booking committed. */
  @Test
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void theWorkflowIdIsRecordedOnTheBooking() {
    BookingConfirmation booked = book(SATURDAY, "11:00");

    bookings.attachWorkflow(booked.bookingId(), "appointment-" + booked.bookingId());

    assertThat(bookings.get(booked.bookingId()).workflowId())
        .isEqualTo("appointment-" + booked.bookingId());
    assertThat(jdbc.queryForObject("select workflow_id from booking where id = ?", String.class,
        booked.bookingId())).isEqualTo("appointment-" + booked.bookingId());
  }

  private BookingConfirmation book(LocalDate day, String time) {
    return bookings.book(request(day, time));
  }

  private BookingRequest request(LocalDate day, String time) {
    return new BookingRequest(salon.id, null, day, LocalTime.parse(time), 1, haircut.id,
        "Ada Lovelace");
  }

  private static Instant at(LocalDate day, String time) {
    return day.atTime(LocalTime.parse(time)).atZone(NEW_YORK).toInstant();
  }
}
