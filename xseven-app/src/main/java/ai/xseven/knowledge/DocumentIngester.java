package ai.xseven.knowledge;

import ai.xseven.knowledge.Chunker.Chunk;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.UUID;

/**
 * Everything of an ingestion that may fail or take long, before any transaction: the checks,
 * parsing, chunking and embedding.
 */
final class DocumentIngester {

  private static final int MAX_TITLE_CHARS = 200;

  private final Chunker chunker;
  private final EmbeddingModel embeddings;
  private final long maxBytes;

  DocumentIngester(Chunker chunker, EmbeddingModel embeddings, long maxBytes) {
    this.chunker = chunker;
    this.embeddings = embeddings;
    this.maxBytes = maxBytes;
  }

  /** A document ready to store: its passages and their embeddings, in the same order. */
  record Prepared(ParsedDocument document, String fileName, long sizeBytes, List<Chunk> chunks,
      List<Embedding> embeddings) {

    String title() {
      return document.title();
    }

    List<TextSegment> passages(UUID businessId, UUID documentId) {
      return chunks.stream()
          .map(chunk -> Passages.passage(businessId, documentId, title(), chunk.position(),
              chunk.heading(), chunk.text()))
          .toList();
    }
  }

  Prepared prepare(DocumentUpload upload) {
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
    if (parsed.title().length() > MAX_TITLE_CHARS) {
      throw KnowledgeException.invalid("A title has at most " + MAX_TITLE_CHARS + " characters.");
    }
    List<Chunk> chunks = chunker.chunks(parsed);
    List<TextSegment> texts = chunks.stream()
        .map(chunk -> TextSegment.from(chunk.embeddingText(parsed.title())))
        .toList();
    return new Prepared(parsed, upload.fileName(), content.length, chunks,
        embeddings.embedAll(texts).content());
  }
}
