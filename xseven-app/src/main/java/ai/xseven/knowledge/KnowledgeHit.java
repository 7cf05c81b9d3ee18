package ai.xseven.knowledge;

import java.util.UUID;

/**
 * A passage of one of the business's documents that answers a question.
 *
 * @param title the document's title, to cite
 * @param heading the heading (Markdown) or page (PDF) the passage stands under; null for plain text
 * @param score langchain4j relevance, 0..1 (1 = same meaning)
 */
public record KnowledgeHit(UUID documentId, String title, String heading, String text, double score) {

  /** "Cancellation policy › No-shows": the title and heading, as a customer-facing source. */
  public String source() {
    return heading == null ? title : title + " › " + heading;
  }
}
