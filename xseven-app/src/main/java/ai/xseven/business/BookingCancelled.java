package ai.xseven.business;

import java.time.Instant;
import java.util.UUID;

/**
 * A booking was cancelled. Published inside the cancelling transaction (listeners that reach
 * outside should wait for its commit) and returned to whoever cancelled.
 *
 * @param description what was booked, e.g. "a table for 4 at Mario's Italian on Friday, ..."
 */
public record BookingCancelled(
    UUID bookingId, UUID businessId, UUID conversationId, String description, Instant startsAt) {

  static BookingCancelled of(BookingConfirmation booking) {
    return new BookingCancelled(booking.bookingId(), booking.businessId(),
        booking.conversationId(), booking.describe(), booking.startsAt());
  }
}
