package ai.xseven.knowledge;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Retrieval over a business's knowledge documents: the passages that answer a question, best
 * first, each with the title of its document for citation. Only the business's own documents are
 * searched, and passages below the minimum relevance are left out, so a question the documents do
 * not answer gets an empty list.
 */
@Service
public class KnowledgeBase {

  /** The most passages one search returns. */
  public static final int MAX_RESULTS = 20;

  private final EmbeddingModel embeddings;
  private final KnowledgeIndex index;
  private final double minScore;

  KnowledgeBase(EmbeddingModel embeddings, KnowledgeIndex index, KnowledgeProperties properties) {
    this.embeddings = embeddings;
    this.index = index;
    this.minScore = properties.minScore();
  }

  public List<KnowledgeHit> search(UUID businessId, String query, int max) {
    if (query == null || query.isBlank() || max < 1) {
      return List.of();
    }
    EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
        .queryEmbedding(embeddings.embed(query.strip()).content())
        .filter(Passages.ofBusiness(businessId))
        .maxResults(Math.min(max, MAX_RESULTS))
        .minScore(minScore)
        .build();
    return index.store().search(request).matches().stream().map(KnowledgeBase::hit).toList();
  }

  /** The {@code knowledge} tool over one business's documents, for a chat model to call. */
  public KnowledgeTool tool(UUID businessId) {
    return new KnowledgeTool(this, businessId);
  }

  private static KnowledgeHit hit(EmbeddingMatch<TextSegment> match) {
    var metadata = match.embedded().metadata();
    return new KnowledgeHit(metadata.getUUID(Passages.DOCUMENT_ID),
        metadata.getString(Passages.TITLE), metadata.getString(Passages.HEADING),
        match.embedded().text(), match.score());
  }
}
