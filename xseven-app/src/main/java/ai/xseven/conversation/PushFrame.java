package ai.xseven.conversation;

import java.util.UUID;

/** A WebSocket frame: {@code type} is message, notification or typing. */
record PushFrame(String type, UUID conversationId, MessageView message) {}
