package ai.xseven.knowledge;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import java.util.UUID;

/** Where retrieval searches, and how it learns of a document's committed change. */
interface KnowledgeIndex {

  EmbeddingStore<TextSegment> store();

  /** Called after a transaction that changed (or removed) the document's passages committed. */
  void refresh(UUID documentId);
}
