package ai.xseven.workflow;

import java.util.UUID;

/**
 * A message a workflow sends into a conversation, published as a Spring application event.
 * Listeners store it at most once per {@code dedupKey}: a restarted or retried workflow sends the
 * same key again.
 *
 * @param kind {@code confirmation}, {@code reminder} or {@code cancellation}
 */
public record ConversationNotification(
    UUID conversationId, String dedupKey, String kind, String text) {}
