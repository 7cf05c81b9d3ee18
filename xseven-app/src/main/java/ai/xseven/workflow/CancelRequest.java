package ai.xseven.workflow;

/**
 * Cancel an appointment or an order.
 *
 * @param reason why, in the canceller's words (optional)
 * @param ownerOverride the business's owner cancels outside the cancellation window
 * @param requestedBy {@code customer}, {@code owner} or {@code system}
 * @param notifyCustomer whether the workflow tells the customer (false when the chat's own reply
 *     already does)
 */
public record CancelRequest(
    String reason, boolean ownerOverride, String requestedBy, boolean notifyCustomer) {}
