package ai.xseven.workflow;

/**
 * What an order workflow needs to know, in plain values.
 *
 * @param description what was ordered, e.g. "2 × Margherita ($14): $28 at Mario's Italian"
 * @param pickupAtEpochMillis when the customer wants it; null for as soon as it is ready
 * @param acceptTimeoutMinutes how long the order waits for the business to accept it
 * @param prepareMinutes how long preparing is expected to take (the owner is told after)
 * @param pickupMinutes how long a ready order is expected to wait to be picked up
 * @param businessName the business, as customers know it
 * @param customerContact an e-mail address or phone number for channels outside the chat, or null
 * @param feedbackAfterMinutes how long after the hand-over the feedback request goes out
 * @param resume where a re-armed workflow picks up; null for a newly placed order
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
    int pickupMinutes,
    String businessName,
    String customerContact,
    int feedbackAfterMinutes,
    Resume resume) {

  /**
   * The stage stored on the order when its workflow was lost (the embedded server forgets
   * everything on restart).
   *
   * @param stage as {@link OrderStatus#stage()} names it, e.g. {@code preparing}
   * @param sinceEpochMillis when the order reached it
   * @param acceptedAtEpochMillis when the business accepted it; null when it has not
   */
  public record Resume(String stage, long sinceEpochMillis, Long acceptedAtEpochMillis) {}
}
