package ai.xseven.workflow;

import java.util.UUID;

/** Published when a conversation's booking got its appointment workflow. */
public record AppointmentWorkflowStarted(
    UUID conversationId, String bookingId, String workflowId) {}
