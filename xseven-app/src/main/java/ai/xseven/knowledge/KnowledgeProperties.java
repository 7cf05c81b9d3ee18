package ai.xseven.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param store where retrieval searches: {@code in-memory} (langchain4j's in-process store, rebuilt
 *     from the database at start-up; the embedded default) or {@code database} (the chunk table
 *     itself, so every node sees every change at once; production)
 * @param minScore passages less relevant than this (langchain4j relevance, 0..1, from cosine
 *     similarity) are not returned, so a question the documents do not answer finds nothing
 * @param maxDocumentSize larger documents are refused
 * @param chunkChars the longest passage, in characters
 * @param chunkOverlap characters a passage repeats from the one before when a section is cut
 */
@ConfigurationProperties("xseven.knowledge")
record KnowledgeProperties(
    Store store, double minScore, DataSize maxDocumentSize, int chunkChars, int chunkOverlap) {

  enum Store {
    IN_MEMORY,
    DATABASE
  }
}
