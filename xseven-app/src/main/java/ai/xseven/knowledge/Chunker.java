package ai.xseven.knowledge;

import ai.xseven.knowledge.ParsedDocument.Section;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a parsed document into passages small enough to embed and to quote: each section on its own
 * (so a passage never straddles two headings), then langchain4j's recursive splitter (paragraphs,
 * lines, sentences, words) within the section.
 */
final class Chunker {

  private static final int MAX_HEADING_CHARS = 500;

  private final DocumentSplitter splitter;

  Chunker(int maxChars, int overlapChars) {
    this.splitter = DocumentSplitters.recursive(maxChars, overlapChars);
  }

  record Chunk(int position, String heading, String text) {

    /** What is embedded: the passage with its title and heading, which often carry its topic. */
    String embeddingText(String title) {
      return title + (heading == null ? "" : " — " + heading) + "\n" + text;
    }
  }

  List<Chunk> chunks(ParsedDocument document) {
    List<Chunk> chunks = new ArrayList<>();
    for (Section section : document.sections()) {
      String heading = section.heading() == null || section.heading().length() <= MAX_HEADING_CHARS
          ? section.heading()
          : section.heading().substring(0, MAX_HEADING_CHARS);
      for (TextSegment segment : splitter.split(Document.from(section.text()))) {
        chunks.add(new Chunk(chunks.size(), heading, segment.text()));
      }
    }
    return chunks;
  }
}
