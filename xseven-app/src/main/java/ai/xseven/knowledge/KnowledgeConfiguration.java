package ai.xseven.knowledge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

  @Bean
  JdbcChunkStore knowledgeChunks(JdbcTemplate jdbc) {
    return new JdbcChunkStore(jdbc);
  }

  @Bean
  KnowledgeIndex knowledgeIndex(KnowledgeProperties properties, JdbcChunkStore chunks) {
    return switch (properties.store()) {
      case IN_MEMORY -> new InProcessIndex(chunks);
      case DATABASE -> new DatabaseIndex(chunks);
    };
  }

  @Bean
  Chunker knowledgeChunker(KnowledgeProperties properties) {
    return new Chunker(properties.chunkChars(), properties.chunkOverlap());
  }
}
