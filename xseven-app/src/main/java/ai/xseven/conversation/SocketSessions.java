package ai.xseven.conversation;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/** The WebSocket sessions this node holds, by conversation. */
@Component
class SocketSessions {

  private static final Logger log = LoggerFactory.getLogger(SocketSessions.class);
  private static final int SEND_TIME_LIMIT_MS = 5_000;
  private static final int BUFFER_LIMIT_BYTES = 512 * 1024;

  private final Map<UUID, Set<WebSocketSession>> byConversation = new ConcurrentHashMap<>();

  /** Returns the session wrapped for sending from many threads. */
  WebSocketSession add(UUID conversationId, WebSocketSession session) {
    WebSocketSession safe =
        new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, BUFFER_LIMIT_BYTES);
    byConversation.computeIfAbsent(conversationId, id -> ConcurrentHashMap.newKeySet()).add(safe);
    return safe;
  }

  void remove(UUID conversationId, WebSocketSession session) {
    byConversation.computeIfPresent(
        conversationId,
        (id, sessions) -> {
          sessions.removeIf(s -> s.getId().equals(session.getId()));
          return sessions.isEmpty() ? null : sessions;
        });
  }

  void deliver(UUID conversationId, String frameJson) {
    for (WebSocketSession session : byConversation.getOrDefault(conversationId, Set.of())) {
      try {
        session.sendMessage(new TextMessage(frameJson));
      } catch (IOException | IllegalStateException e) {
        log.debug("Dropping a frame for a closed socket of conversation {}", conversationId);
        remove(conversationId, session);
      }
    }
  }
}
