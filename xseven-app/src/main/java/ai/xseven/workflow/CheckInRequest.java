package ai.xseven.workflow;

/** The customer has arrived; {@code by} is {@code business} or {@code customer}. */
public record CheckInRequest(String by) {}
