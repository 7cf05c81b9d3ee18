package ai.xseven.business;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A booking as the customer asked for it, in the business's local time. {@code catalogItemId} is the
 * service for a salon and empty for a restaurant table.
 */
public record BookingRequest(
    UUID businessId,
    UUID conversationId,
    LocalDate date,
    LocalTime time,
    int partySize,
    UUID catalogItemId,
    String customerName) {}
