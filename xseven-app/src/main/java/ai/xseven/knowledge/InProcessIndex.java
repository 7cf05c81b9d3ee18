package ai.xseven.knowledge;

import ai.xseven.knowledge.JdbcChunkStore.StoredPassage;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: langchain4j's {@link InMemoryEmbeddingStore}, a copy of the chunk table
 * that is loaded at start-up and refreshed from the table after each committed change. A refresh
 * re-reads the document's committed passages under a lock, so refreshes that run in another order
 * than their commits still leave the copy equal to the table. One node per database: a second node
 * would not learn of the first node's changes (production uses {@link DatabaseIndex}).
 */
final class InProcessIndex implements KnowledgeIndex {

  private static final Logger log = LoggerFactory.getLogger(InProcessIndex.class);

  private final JdbcChunkStore chunks;
  private final InMemoryEmbeddingStore<TextSegment> memory = new InMemoryEmbeddingStore<>();

  InProcessIndex(JdbcChunkStore chunks) {
    this.chunks = chunks;
    List<StoredPassage> all = chunks.all();
    add(all);
    log.info("Knowledge index loaded {} passages from the database", all.size());
  }

  @Override
  public EmbeddingStore<TextSegment> store() {
    return memory;
  }

  @Override
  public synchronized void refresh(UUID documentId) {
    memory.removeAll(Passages.ofDocument(documentId));
    add(chunks.passagesOf(documentId));
  }

  private void add(List<StoredPassage> passages) {
    if (!passages.isEmpty()) {
      memory.addAll(passages.stream().map(StoredPassage::id).toList(),
          passages.stream().map(StoredPassage::embedding).toList(),
          passages.stream().map(StoredPassage::passage).toList());
    }
  }
}
