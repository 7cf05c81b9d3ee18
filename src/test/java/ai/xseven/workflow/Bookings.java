package ai.xseven.workflow;

import ai.xseven.business.BookingConfirmation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** Bookings for tests, starting a given time after "now". */
final class Bookings {

  private Bookings() {}

  static BookingConfirmation tableFor4(Instant now, Duration ahead) {
    return booking(now, ahead, now);
  }

  /** Cannot become a workflow input: stands for any booking whose start fails. */
  static BookingConfirmation withoutBookedAt(Instant now, Duration ahead) {
    return booking(now, ahead, null);
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
        ZoneId.of("Europe/Rome"),
        bookedAt);
  }
}
