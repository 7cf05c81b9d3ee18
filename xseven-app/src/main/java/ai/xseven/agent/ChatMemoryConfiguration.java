package ai.xseven.agent;

import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import dev.langchain4j.store.memory.chat.InMemoryChatMemoryStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The short-term memory handed to the chat model: a window of recent messages per conversation,
 * in Redis in production (any node can take the next turn), in-process in the embedded default.
 */
@Configuration(proxyBeanMethods = false)
class ChatMemoryConfiguration {

  @Bean
  @ConditionalOnProperty(name = "xseven.memory.store", havingValue = "in-process", matchIfMissing = true)
  ChatMemoryStore inProcessChatMemoryStore() {
    return new InMemoryChatMemoryStore();
  }

  @Bean
  @ConditionalOnProperty(name = "xseven.memory.store", havingValue = "redis")
  ChatMemoryStore redisChatMemoryStore(StringRedisTemplate redis) {
    return new RedisChatMemoryStore(redis);
  }

  /** The window drops whole exchanges, so a tool call is never kept without its result. */
  @Bean
  ChatMemoryProvider chatMemoryProvider(ChatMemoryStore store,
      @Value("${xseven.memory.window:20}") int window) {
    return id -> MessageWindowChatMemory.builder().id(id).maxMessages(window)
        .chatMemoryStore(store).build();
  }
}
