package ai.xseven.conversation;

import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Embedded default: one node, so the frame goes straight to this node's sockets. */
@Component
@ConditionalOnProperty(name = "xseven.push.channel", havingValue = "in-process", matchIfMissing = true)
class LocalPushChannel implements PushChannel {

  private final SocketSessions sessions;

  LocalPushChannel(SocketSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void publish(UUID conversationId, String frameJson) {
    sessions.deliver(conversationId, frameJson);
  }
}
