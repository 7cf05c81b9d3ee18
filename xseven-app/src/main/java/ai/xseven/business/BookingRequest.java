package ai.xseven.business;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A booking as the customer asked for it, in the business's local time. {@code catalogItemId} is the
 * service for a salon and empty for a restaurant table.
 *
 * @param customerContact an e-mail address or phone number for notifications outside the chat;
 *     optional
 */
public record BookingRequest(
    UUID businessId,
    UUID conversationId,
    LocalDate date,
    LocalTime time,
    int partySize,
    UUID catalogItemId,
    String customerName,
    String customerContact) {

  /** A request without a contact: the customer is reached in the conversation only. */
  public BookingRequest(UUID businessId, UUID conversationId, LocalDate date, LocalTime time,
      int partySize, UUID catalogItemId, String customerName) {
    this(businessId, conversationId, date, time, partySize, catalogItemId, customerName, null);
  }
}
