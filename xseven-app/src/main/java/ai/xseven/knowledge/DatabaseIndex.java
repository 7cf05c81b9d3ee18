package ai.xseven.knowledge;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import java.util.UUID;

/**
 * Production: retrieval searches the chunk table itself, so every node sees a change the moment it
 * commits and there is no copy to keep in step.
 */
final class DatabaseIndex implements KnowledgeIndex {

  private final JdbcChunkStore chunks;

  DatabaseIndex(JdbcChunkStore chunks) {
    this.chunks = chunks;
  }

  @Override
  public EmbeddingStore<TextSegment> store() {
    return chunks;
  }

  @Override
  public void refresh(UUID documentId) {
    // The table is the index: a committed change is already visible to every search.
  }
}
