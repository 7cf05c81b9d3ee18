package ai.xseven.business;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * A booking, with what the customer needs to hear about it.
 *
 * @param customerContact an e-mail address or phone number, when the customer gave one
 * @param status {@code CONFIRMED}, {@code CHECKED_IN}, {@code COMPLETED}, {@code NO_SHOW} or
 *     {@code CANCELLED}
 * @param workflowId the appointment workflow that drives it; null until it has one
 */
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
    Instant bookedAt,
    String customerContact,
    String status,
    String workflowId) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a", Locale.ENGLISH);

  /** A confirmed booking without contact or workflow, as callers made them before issue 5. */
  public BookingConfirmation(UUID bookingId, UUID businessId, String businessName,
      UUID conversationId, String customerName, String serviceName, int partySize,
      Instant startsAt, Instant endsAt, ZoneId zone, Instant bookedAt) {
    this(bookingId, businessId, businessName, conversationId, customerName, serviceName,
        partySize, startsAt, endsAt, zone, bookedAt, null, "CONFIRMED", null);
  }

  /** "a table for 4 at Mario's Italian on Friday, November 27 at 7:00 PM". */
  public String describe() {
    String what =
        serviceName != null
            ? serviceName + " at " + businessName
            : "a table for " + partySize + " at " + businessName;
    return what + " on " + WHEN.format(startsAt.atZone(zone));
  }

  /** Whether it still holds its place: confirmed or checked in. */
  public boolean active() {
    return "CONFIRMED".equals(status) || "CHECKED_IN".equals(status);
  }
}
