package ai.xseven.conversation;

import java.util.UUID;

/**
 * Something in a conversation changed and is committed: a message, its status, who has it. Published
 * once per transaction and conversation, after commit, on this node only.
 *
 * @param businessId null for a conversation on the global channel
 */
public record ConversationChanged(UUID conversationId, UUID businessId) {}
