package ai.xseven.agent;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;

/** A conversation's memory window as one JSON value per conversation, expiring when idle. */
class RedisChatMemoryStore implements ChatMemoryStore {

  static final String PREFIX = "xseven:memory:";
  private static final Duration IDLE_EXPIRY = Duration.ofDays(2);

  private final StringRedisTemplate redis;

  RedisChatMemoryStore(StringRedisTemplate redis) {
    this.redis = redis;
  }

  @Override
  public List<ChatMessage> getMessages(Object memoryId) {
    String json = redis.opsForValue().get(PREFIX + memoryId);
    return json == null ? List.of() : ChatMessageDeserializer.messagesFromJson(json);
  }

  @Override
  public void updateMessages(Object memoryId, List<ChatMessage> messages) {
    redis.opsForValue()
        .set(PREFIX + memoryId, ChatMessageSerializer.messagesToJson(messages), IDLE_EXPIRY);
  }

  @Override
  public void deleteMessages(Object memoryId) {
    redis.delete(PREFIX + memoryId);
  }
}
