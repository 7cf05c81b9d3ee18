package ai.xseven.knowledge;

import ai.xseven.business.BusinessService;
import ai.xseven.knowledge.DocumentIngester.Prepared;
import ai.xseven.knowledge.DocumentTable.Row;
import ai.xseven.knowledge.DocumentViews.DocumentDetails;
import ai.xseven.knowledge.DocumentViews.DocumentSummary;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A business's knowledge documents: ingest (parse, chunk, embed, store), re-ingest, delete. The
 * slow part, embedding, runs before the transaction; the transaction swaps the document's passages
 * at once, so a search sees either the old passages or the new, never a mix or none.
 */
@Service
class KnowledgeDocuments {

  private final BusinessService businesses;
  private final DocumentTable documents;
  private final JdbcChunkStore chunks;
  private final KnowledgeIndex index;
  private final DocumentIngester ingester;
  private final TransactionTemplate transaction;
  private final Clock clock;

  KnowledgeDocuments(BusinessService businesses, DocumentTable documents, JdbcChunkStore chunks,
      KnowledgeIndex index, Chunker chunker, EmbeddingModel embeddings,
      TransactionTemplate transaction, Clock clock, KnowledgeProperties properties) {
    this.businesses = businesses;
    this.documents = documents;
    this.chunks = chunks;
    this.index = index;
    this.ingester =
        new DocumentIngester(chunker, embeddings, properties.maxDocumentSize().toBytes());
    this.transaction = transaction;
    this.clock = clock;
  }

  DocumentSummary create(UUID businessId, DocumentUpload upload) {
    return create(businessId, UUID.randomUUID(), upload);
  }

  /** Ingests a new document under the given id (a demo document's id is derived from its path). */
  DocumentSummary create(UUID businessId, UUID documentId, DocumentUpload upload) {
    requireBusiness(businessId);
    Prepared prepared = ingester.prepare(upload);
    transaction.executeWithoutResult(status -> {
      documents.insert(row(documentId, businessId, prepared));
      store(businessId, documentId, prepared);
    });
    return get(businessId, documentId);
  }

  /** Re-ingests: the document's passages are replaced by the new content's, in one transaction. */
  DocumentSummary replace(UUID businessId, UUID documentId, DocumentUpload upload) {
    requireBusiness(businessId);
    // A re-ingested document keeps its title unless the request gives a new one.
    String title = upload.title() == null || upload.title().isBlank()
        ? summary(businessId, documentId).title()
        : upload.title();
    Prepared prepared = ingester.prepare(
        new DocumentUpload(title, upload.contentType(), upload.fileName(), upload.content()));
    transaction.executeWithoutResult(status -> {
      documents.lockTitle(businessId, documentId)
          .orElseThrow(() -> KnowledgeException.documentNotFound(businessId, documentId));
      chunks.removeAll(Passages.ofDocument(documentId));
      documents.update(row(documentId, businessId, prepared));
      store(businessId, documentId, prepared);
    });
    return get(businessId, documentId);
  }

  void delete(UUID businessId, UUID documentId) {
    requireBusiness(businessId);
    transaction.executeWithoutResult(status -> {
      documents.lockTitle(businessId, documentId)
          .orElseThrow(() -> KnowledgeException.documentNotFound(businessId, documentId));
      chunks.removeAll(Passages.ofDocument(documentId));
      documents.delete(documentId);
      refreshAfterCommit(documentId);
    });
  }

  List<DocumentSummary> list(UUID businessId) {
    requireBusiness(businessId);
    return documents.list(businessId);
  }

  DocumentSummary get(UUID businessId, UUID documentId) {
    requireBusiness(businessId);
    return summary(businessId, documentId);
  }

  DocumentDetails details(UUID businessId, UUID documentId) {
    return new DocumentDetails(get(businessId, documentId), documents.passages(documentId));
  }

  long count() {
    return documents.count();
  }

  void requireBusiness(UUID businessId) {
    if (businesses.find(businessId).isEmpty()) {
      throw KnowledgeException.businessNotFound(businessId);
    }
  }

  private DocumentSummary summary(UUID businessId, UUID documentId) {
    return documents.find(businessId, documentId)
        .orElseThrow(() -> KnowledgeException.documentNotFound(businessId, documentId));
  }

  private void store(UUID businessId, UUID documentId, Prepared prepared) {
    chunks.addAll(
        prepared.chunks().stream().map(chunk -> UUID.randomUUID().toString()).toList(),
        prepared.embeddings(),
        prepared.passages(businessId, documentId));
    refreshAfterCommit(documentId);
  }

  private Row row(UUID id, UUID businessId, Prepared prepared) {
    return new Row(id, businessId, prepared.title(), prepared.document().type(),
        prepared.fileName(), prepared.sizeBytes(), prepared.chunks().size(), clock.instant());
  }

  private void refreshAfterCommit(UUID documentId) {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        index.refresh(documentId);
      }
    });
  }
}
