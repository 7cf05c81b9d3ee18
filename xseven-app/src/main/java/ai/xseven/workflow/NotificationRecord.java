package ai.xseven.workflow;

/**
 * A notification a workflow sent, for its status history.
 *
 * @param key what it was within the workflow, e.g. {@code confirmation}, {@code reminder-60m}
 * @param audience {@code customer} or {@code owner}
 * @param atEpochMillis when it was sent (workflow time)
 */
public record NotificationRecord(String key, String audience, long atEpochMillis, String text) {}
