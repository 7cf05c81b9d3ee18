package ai.xseven.business;

import java.time.Instant;

/** Whether a requested slot can be booked; if not, a reason a customer understands. */
public record Availability(boolean available, String reason, Instant startsAt, Instant endsAt) {

  static Availability free(Instant startsAt, Instant endsAt) {
    return new Availability(true, null, startsAt, endsAt);
  }

  static Availability refused(String reason) {
    return new Availability(false, reason, null, null);
  }
}
