package ai.xseven.agent;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One {@link ChatModel} for the agent tasks, chosen by {@code xseven.llm.provider}: the offline
 * model by default, a real provider when configured. Secrets come from the environment only.
 */
@Configuration(proxyBeanMethods = false)
class ChatModelConfiguration {

  @ConfigurationProperties("xseven.llm")
  record LlmProperties(String provider, Provider openai, Provider ollama, Duration timeout) {
    record Provider(String baseUrl, String apiKey, String model, Double temperature) {}
  }

  @Bean
  @ConditionalOnProperty(name = "xseven.llm.provider", havingValue = "offline", matchIfMissing = true)
  ChatModel offlineChatModel(IntentClassifier classifier) {
    return new OfflineChatModel(classifier);
  }

  @Bean
  @ConditionalOnProperty(name = "xseven.llm.provider", havingValue = "openai")
  ChatModel openAiChatModel(LlmProperties llm) {
    return OpenAiChatModel.builder()
        .baseUrl(llm.openai().baseUrl())
        .apiKey(llm.openai().apiKey())
        .modelName(llm.openai().model())
        .temperature(llm.openai().temperature())
        .timeout(llm.timeout())
        .build();
  }

  @Bean
  @ConditionalOnProperty(name = "xseven.llm.provider", havingValue = "ollama")
  ChatModel ollamaChatModel(LlmProperties llm) {
    return OllamaChatModel.builder()
        .baseUrl(llm.ollama().baseUrl())
        .modelName(llm.ollama().model())
        .temperature(llm.ollama().temperature())
        .timeout(llm.timeout())
        .build();
  }
}
