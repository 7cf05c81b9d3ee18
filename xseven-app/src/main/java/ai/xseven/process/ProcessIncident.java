package ai.xseven.process;

import java.time.Instant;

/**
 * An open incident: a task whose job failed and used up its retries.
 *
 * @param conversationId the business key of the instance (the conversation), when it still runs
 * @param jobId the failed job a retry runs again; null for an incident that is not a failed job
 */
public record ProcessIncident(String id, String processInstanceId, String conversationId,
    String elementId, String message, Instant since, String jobId) {}
