package ai.xseven.conversation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Production: a frame is published on a Redis channel that every node subscribes to, so a reply or
 * reminder reaches the WebSocket whichever node holds it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "xseven.push.channel", havingValue = "redis")
class RedisPushChannel {

  static final ChannelTopic TOPIC = new ChannelTopic("xseven:push");

  @Bean
  PushChannel redisPush(StringRedisTemplate redis) {
    // "<conversationId>\n<frame>": the frame stays opaque to the channel.
    return (conversationId, frameJson) ->
        redis.convertAndSend(TOPIC.getTopic(), conversationId + "\n" + frameJson);
  }

  @Bean
  RedisMessageListenerContainer pushSubscription(RedisConnectionFactory connections,
      SocketSessions sessions) {
    RedisMessageListenerContainer container = new RedisMessageListenerContainer();
    container.setConnectionFactory(connections);
    container.addMessageListener(
        (message, pattern) -> {
          String body = new String(message.getBody(), StandardCharsets.UTF_8);
          int split = body.indexOf('\n');
          sessions.deliver(UUID.fromString(body.substring(0, split)), body.substring(split + 1));
        },
        TOPIC);
    return container;
  }
}
