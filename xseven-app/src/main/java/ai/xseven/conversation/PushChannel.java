package ai.xseven.conversation;

import java.util.UUID;

/** Carries a serialized frame to every node that may hold a WebSocket of the conversation. */
interface PushChannel {

  void publish(UUID conversationId, String frameJson);
}
