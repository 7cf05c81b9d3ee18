package ai.xseven.knowledge;

import ai.xseven.business.BusinessService;
import ai.xseven.knowledge.Chunker.Chunk;
import ai.xseven.knowledge.DocumentTable.Row;
import ai.xseven.knowledge.DocumentViews.DocumentDetails;
import ai.xseven.knowledge.DocumentViews.DocumentSummary;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
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
  private final Chunker chunker;
  private final EmbeddingModel embeddings;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final long maxBytes;

  KnowledgeDocuments(BusinessService businesses, DocumentTable documents, JdbcChunkStore chunks,
      KnowledgeIndex index, Chunker chunker, EmbeddingModel embeddings,
      TransactionTemplate transaction, Clock clock, KnowledgeProperties properties) {
    this.businesses = businesses;
    this.documents = documents;
    this.chunks = chunks;
    this.index = index;
    this.chunker = chunker;
    this.embeddings = embeddings;
    this.transaction = transaction;
    this.clock = clock;
    this.maxBytes = properties.maxDocumentSize().toBytes();
  }

  DocumentSummary create(UUID businessId, DocumentUpload upload) {
    return create(businessId, UUID.randomUUID(), upload);
  }

  /** Ingests a new document under the given id (a demo document's id is derived from its path). */
  DocumentSummary create(UUID businessId, UUID documentId, DocumentUpload upload) {
    requireBusiness(businessId);
    Ingestion ingestion = prepare(upload);
    transaction.executeWithoutResult(status -> {
      documents.insert(ingestion.row(documentId, businessId, clock));
      store(businessId, documentId, ingestion);
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
    Ingestion ingestion = prepare(
        new DocumentUpload(title, upload.contentType(), upload.fileName(), upload.content()));
    transaction.executeWithoutResult(status -> {
      documents.lockTitle(businessId, documentId)
          .orElseThrow(() -> KnowledgeException.documentNotFound(businessId, documentId));
      chunks.removeAll(Passages.ofDocument(documentId));
      documents.update(ingestion.row(documentId, businessId, clock));
      store(businessId, documentId, ingestion);
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

  private record Ingestion(ParsedDocument document, DocumentUpload upload, List<Chunk> chunks,
      List<Embedding> embeddings) {

    Row row(UUID id, UUID businessId, Clock clock) {
      return new Row(id, businessId, document.title(), document.type(), upload.fileName(),
          upload.content().length, chunks.size(), clock.instant());
    }
  }

  /** Everything that may fail or take long, before any transaction: checks, parsing, embedding. */
  private Ingestion prepare(DocumentUpload upload) {
    byte[] content = upload.content() == null ? new byte[0] : upload.content();
    if (content.length > maxBytes) {
      throw KnowledgeException.tooLarge(content.length, maxBytes);
    }
    DocumentType type = DocumentType.of(upload.contentType(), upload.fileName())
        .orElseThrow(() -> KnowledgeException.unsupportedType(upload.contentType(), upload.fileName()));
    if (content.length == 0) {
      throw KnowledgeException.empty();
    }
    String title = upload.title() == null || upload.title().isBlank() ? null : upload.title().strip();
    ParsedDocument parsed = DocumentParser.parse(content, type, title, upload.fileName());
    if (parsed.isEmpty()) {
      throw type == DocumentType.PDF
          ? KnowledgeException.unreadable("The PDF has no text to read; scanned pages are not supported.")
          : KnowledgeException.empty();
    }
    if (parsed.title() == null) {
      throw KnowledgeException.invalid("The document needs a title.");
    }
    if (parsed.title().length() > 200) {
      throw KnowledgeException.invalid("A title has at most 200 characters.");
    }
    String documentTitle = parsed.title();
    List<Chunk> passages = chunker.chunks(parsed);
    List<TextSegment> texts =
        passages.stream().map(chunk -> TextSegment.from(chunk.embeddingText(documentTitle))).toList();
    return new Ingestion(parsed, new DocumentUpload(documentTitle, type.mediaType(),
        upload.fileName(), content), passages, embeddings.embedAll(texts).content());
  }

  private void store(UUID businessId, UUID documentId, Ingestion ingestion) {
    List<Chunk> passages = ingestion.chunks();
    chunks.addAll(
        passages.stream().map(chunk -> UUID.randomUUID().toString()).toList(),
        ingestion.embeddings(),
        passages.stream()
            .map(chunk -> Passages.passage(businessId, documentId, ingestion.document().title(),
                chunk.position(), chunk.heading(), chunk.text()))
            .toList());
    refreshAfterCommit(documentId);
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
