package ai.xseven.notification;

import java.util.UUID;

/**
 * A message for a customer from a workflow: a confirmation, a reminder, an order update.
 *
 * @param dedupKey the same for every retry of the same message: each channel delivers it once
 * @param conversationId the conversation it belongs to; null when it was booked outside a chat
 * @param customerContact an e-mail address or phone number, when the customer gave one
 * @param kind e.g. {@code confirmation}, {@code reminder}, {@code order-ready}
 */
public record Notification(
    String dedupKey,
    UUID businessId,
    UUID conversationId,
    String customerName,
    String customerContact,
    String kind,
    String text) {}
