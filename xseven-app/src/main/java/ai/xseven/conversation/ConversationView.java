package ai.xseven.conversation;

import java.util.List;
import java.util.UUID;

/** A conversation as {@code GET /api/v1/conversations/{id}} shows it. */
public record ConversationView(
    UUID conversationId,
    UUID businessId,
    String channel,
    String status,
    String stage,
    List<MessageView> messages,
    List<String> activeActivities,
    List<String> workflowIds) {}
