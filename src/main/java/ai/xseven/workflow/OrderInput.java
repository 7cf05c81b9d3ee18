package ai.xseven.workflow;

/**
 * What an order workflow needs to know, in plain values.
 *
 * @param description what was ordered, e.g. "2 × Margherita ($14): $28 at Mario's Italian"
 * @param pickupAtEpochMillis when the customer wants it; null for as soon as it is ready
 * @param acceptTimeoutMinutes how long the order waits for the business to accept it
 * @param prepareMinutes how long preparing is expected to take (the owner is told after)
 * @param pickupMinutes how long a ready order is expected to wait to be picked up
 */
public record OrderInput(
    String orderId,
    String businessId,
    String conversationId,
    String customerName,
    String description,
    int totalCents,
    String currency,
    Long pickupAtEpochMillis,
    long placedAtEpochMillis,
    String zoneId,
    int acceptTimeoutMinutes,
    int prepareMinutes,
    int pickupMinutes) {}
