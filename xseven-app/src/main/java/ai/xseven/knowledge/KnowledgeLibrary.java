package ai.xseven.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A business's knowledge documents for the studio: list, upload, delete. What the documents API
 * refuses (an unsupported type, a file too large, an empty one) is refused here as a sentence.
 */
@Service
public class KnowledgeLibrary {

  private final KnowledgeDocuments documents;

  KnowledgeLibrary(KnowledgeDocuments documents) {
    this.documents = documents;
  }

  /** A document the assistant answers from, with how many passages it was cut into. */
  public record KnowledgeDocument(UUID id, String title, String contentType, String fileName,
      long sizeBytes, int passages, Instant ingestedAt) {}

  public List<KnowledgeDocument> list(UUID businessId) {
    return sentences(() -> documents.list(businessId).stream()
        .map(KnowledgeLibrary::document).toList());
  }

  /**
   * Parses, cuts and embeds the file; the assistant finds it from the next question on.
   *
   * @param title null to take it from the document or the file name
   * @throws IllegalArgumentException with the reason, e.g. an unsupported type
   */
  public KnowledgeDocument upload(UUID businessId, String title, String contentType,
      String fileName, byte[] content) {
    return sentences(() -> document(documents.create(businessId,
        new DocumentUpload(title, contentType, fileName, content))));
  }

  /** @throws IllegalArgumentException when the business has no such document */
  public void delete(UUID businessId, UUID documentId) {
    sentences(() -> {
      documents.delete(businessId, documentId);
      return null;
    });
  }

  private static KnowledgeDocument document(DocumentViews.DocumentSummary summary) {
    return new KnowledgeDocument(summary.id(), summary.title(), summary.contentType(),
        summary.fileName(), summary.sizeBytes(), summary.chunks(), summary.ingestedAt());
  }

  private static <T> T sentences(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (KnowledgeException refused) {
      throw new IllegalArgumentException(refused.getBody().getDetail(), refused);
    }
  }
}
