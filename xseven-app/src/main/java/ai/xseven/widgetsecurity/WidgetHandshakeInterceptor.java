package ai.xseven.widgetsecurity;

import ai.xseven.web.ProblemResponses;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The widget check for {@code /ws/conversations/{id}?key=…}: a browser cannot set headers on a
 * WebSocket, so the key travels in the query. A refused handshake is answered {@code 403} with
 * problem JSON and never upgraded.
 */
@Component
class WidgetHandshakeInterceptor implements HandshakeInterceptor {

  private final WidgetGate gate;

  WidgetHandshakeInterceptor(WidgetGate gate) {
    this.gate = gate;
  }

  @Override
  public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
      WebSocketHandler handler, Map<String, Object> attributes) throws Exception {
    URI uri = request.getURI();
    String own = uri.getScheme() + "://" + uri.getHost()
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    Optional<String> foreign =
        gate.foreignOrigin(request.getHeaders().getOrigin(), own);
    if (foreign.isEmpty()) {
      return true;
    }
    String path = uri.getPath();
    String key = UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst("key");
    Optional<Refusal> refusal;
    try {
      UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
      refusal = gate.checkConversation(id, foreign.get(), key);
    } catch (IllegalArgumentException notAnId) {
      refusal = Optional.empty(); // the handler closes the socket of an unknown conversation
    }
    if (refusal.isEmpty()) {
      return true;
    }
    response.setStatusCode(HttpStatus.FORBIDDEN);
    response.getHeaders().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getBody().write(ProblemResponses.body(HttpStatus.FORBIDDEN, "Widget not allowed here",
        refusal.get().detail(), path));
    return false;
  }

  @Override
  public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response,
      WebSocketHandler handler, Exception failure) {}
}
