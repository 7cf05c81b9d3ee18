package ai.xseven.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the documents API shows. */
final class DocumentViews {

  private DocumentViews() {}

  record DocumentSummary(UUID id, UUID businessId, String title, String contentType,
      String fileName, long sizeBytes, int chunks, Instant createdAt, Instant ingestedAt) {}

  record DocumentDetails(UUID id, UUID businessId, String title, String contentType,
      String fileName, long sizeBytes, int chunks, Instant createdAt, Instant ingestedAt,
      List<PassageView> passages) {

    DocumentDetails(DocumentSummary s, List<PassageView> passages) {
      this(s.id(), s.businessId(), s.title(), s.contentType(), s.fileName(), s.sizeBytes(),
          s.chunks(), s.createdAt(), s.ingestedAt(), passages);
    }
  }

  record PassageView(int position, String heading, String text) {}

  record SearchResult(String query, List<KnowledgeHit> hits) {}
}
