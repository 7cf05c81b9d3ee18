package ai.xseven.workflow;

import java.util.UUID;

/**
 * Published when a conversation's booking or order got its workflow.
 *
 * @param subjectId the booking's or order's id
 */
public record WorkflowStarted(UUID conversationId, String subjectId, String workflowId) {}
