package ai.xseven.support;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** A WebSocket client of {@code /ws/conversations/{id}} that keeps every frame it receives. */
public class PushListener extends TextWebSocketHandler implements AutoCloseable {

  private final List<String> frames = new CopyOnWriteArrayList<>();
  private final WebSocketSession session;

  public PushListener(int port, String conversationId) throws Exception {
    this.session =
        new StandardWebSocketClient()
            .execute(this, null, URI.create("ws://localhost:" + port + "/ws/conversations/" + conversationId))
            .get(10, TimeUnit.SECONDS);
  }

  @Override
  protected void handleTextMessage(WebSocketSession session, TextMessage message) {
    frames.add(message.getPayload());
  }

  public List<String> frames() {
    return frames;
  }

  public boolean isOpen() {
    return session.isOpen();
  }

  @Override
  public void close() throws Exception {
    session.close();
  }
}
