package ai.xseven.workflow;

/**
 * Move an appointment.
 *
 * @param newStart the new date and time in the business's own zone, ISO {@code 2026-11-27T19:30}
 * @param requestedBy {@code customer}, {@code owner} or {@code system}
 * @param notifyCustomer whether the workflow tells the customer (false when the chat's own reply
 *     already does)
 */
public record RescheduleRequest(String newStart, String requestedBy, boolean notifyCustomer) {}
