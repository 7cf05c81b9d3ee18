package ai.xseven.workflow;

import ai.xseven.business.BookingConfirmation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/** Bookings for tests, starting a given time after "now". */
final class Bookings {

  static final ZoneId ROME = ZoneId.of("Europe/Rome");

  private Bookings() {}

  static BookingConfirmation tableFor4(Instant now, Duration ahead) {
    return booking(now, ahead, now);
  }

  /** Cannot become a workflow input: stands for any booking whose start fails. */
  static BookingConfirmation withoutBookedAt(Instant now, Duration ahead) {
    return booking(now, ahead, null);
  }

  /** The same booking at another start, as the booking service returns it after a move. */
  static BookingConfirmation movedTo(BookingConfirmation booking, ZonedDateTime newStart) {
    Duration length = Duration.between(booking.startsAt(), booking.endsAt());
    return new BookingConfirmation(booking.bookingId(), booking.businessId(),
        booking.businessName(), booking.conversationId(), booking.customerName(),
        booking.serviceName(), booking.partySize(), newStart.toInstant(),
        newStart.toInstant().plus(length), booking.zone(), booking.bookedAt(),
        booking.customerContact(), booking.status(), booking.workflowId());
  }

  /** The same booking in another status. */
  static BookingConfirmation withStatus(BookingConfirmation booking, String status) {
    return new BookingConfirmation(booking.bookingId(), booking.businessId(),
        booking.businessName(), booking.conversationId(), booking.customerName(),
        booking.serviceName(), booking.partySize(), booking.startsAt(), booking.endsAt(),
        booking.zone(), booking.bookedAt(), booking.customerContact(), status,
        booking.workflowId());
  }

  private static BookingConfirmation booking(Instant now, Duration ahead, Instant bookedAt) {
    return new BookingConfirmation(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "Mario's Italian",
        UUID.randomUUID(),
        "Ada",
        null,
        4,
        now.plus(ahead),
        now.plus(ahead).plus(Duration.ofHours(2)),
        ROME,
        bookedAt,
        null,
        "CONFIRMED",
        null);
  }
}
