package ai.xseven.conversation;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WebSocketConfiguration implements WebSocketConfigurer {

  private final ConversationSocketHandler handler;

  WebSocketConfiguration(ConversationSocketHandler handler) {
    this.handler = handler;
  }

  @Override
  public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
    // The widget is embedded in the businesses' own sites, so any origin may listen.
    registry.addHandler(handler, "/ws/conversations/*").setAllowedOriginPatterns("*");
  }
}
