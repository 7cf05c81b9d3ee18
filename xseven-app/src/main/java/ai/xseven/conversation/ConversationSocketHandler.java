package ai.xseven.conversation;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** {@code /ws/conversations/{id}}: the server pushes frames; the client only listens. */
@Component
class ConversationSocketHandler extends TextWebSocketHandler {

  private static final String CONVERSATION = "conversation";
  /** Application close code for an unknown conversation (4000-4999 are free for applications). */
  private static final CloseStatus UNKNOWN_CONVERSATION =
      new CloseStatus(4404, "There is no such conversation");

  private final SocketSessions sessions;
  private final ConversationRepository conversations;

  ConversationSocketHandler(SocketSessions sessions, ConversationRepository conversations) {
    this.sessions = sessions;
    this.conversations = conversations;
  }

  @Override
  public void afterConnectionEstablished(WebSocketSession session) throws IOException {
    Optional<UUID> id = conversationId(session.getUri()).filter(conversations::existsById);
    if (id.isEmpty()) {
      session.close(UNKNOWN_CONVERSATION);
      return;
    }
    session.getAttributes().put(CONVERSATION, id.get());
    sessions.add(id.get(), session);
  }

  @Override
  public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
    Object id = session.getAttributes().get(CONVERSATION);
    if (id instanceof UUID conversationId) {
      sessions.remove(conversationId, session);
    }
  }

  private static Optional<UUID> conversationId(URI uri) {
    if (uri == null) {
      return Optional.empty();
    }
    String path = uri.getPath();
    try {
      return Optional.of(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
