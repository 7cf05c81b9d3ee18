package ai.xseven.conversation;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;

@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WebSocketConfiguration implements WebSocketConfigurer {

  private final ConversationSocketHandler handler;
  private final List<HandshakeInterceptor> interceptors;

  /** @param interceptors e.g. the widgetsecurity feature's widget key and origin check */
  WebSocketConfiguration(ConversationSocketHandler handler,
      List<HandshakeInterceptor> interceptors) {
    this.handler = handler;
    this.interceptors = interceptors;
  }

  @Override
  public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
    // Which sites may listen is each business's choice (its allowed origins), checked by the
    // interceptors; Spring's own origin check would only know a fixed list, so it lets all pass.
    registry.addHandler(handler, "/ws/conversations/*")
        .addInterceptors(interceptors.toArray(HandshakeInterceptor[]::new))
        .setAllowedOriginPatterns("*");
  }
}
