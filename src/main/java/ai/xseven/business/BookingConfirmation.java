package ai.xseven.business;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** A confirmed booking, with what the customer needs to hear about it. */
public record BookingConfirmation(
    UUID bookingId,
    UUID businessId,
    String businessName,
    UUID conversationId,
    String customerName,
    String serviceName,
    int partySize,
    Instant startsAt,
    Instant endsAt,
    ZoneId zone,
    Instant bookedAt) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a", Locale.ENGLISH);

  /** "a table for 4 at Mario's Italian on Friday, November 27 at 7:00 PM". */
  public String describe() {
    String what =
        serviceName != null
            ? serviceName + " at " + businessName
            : "a table for " + partySize + " at " + businessName;
    return what + " on " + WHEN.format(startsAt.atZone(zone));
  }
}
