package ai.xseven.agent;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-process sentence embedder of the offline model: no network, loads in a second or two. */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

  @Bean
  EmbeddingModel embeddingModel() {
    return new AllMiniLmL6V2EmbeddingModel();
  }
}
