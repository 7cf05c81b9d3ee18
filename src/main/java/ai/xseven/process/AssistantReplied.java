package ai.xseven.process;

/** A service task produced a reply for the conversation that its process instance runs. */
public record AssistantReplied(String conversationId, String taskId, String text) {}
