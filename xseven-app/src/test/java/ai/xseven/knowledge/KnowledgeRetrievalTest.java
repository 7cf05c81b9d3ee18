package ai.xseven.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.knowledge.DocumentIngester.Prepared;
import ai.xseven.knowledge.KnowledgeProperties.Store;
import ai.xseven.knowledge.KnowledgeTestSet.Question;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Retrieval on the shipped test documents with the real embedding model and the application's
 * settings: the right document comes first, unrelated questions find nothing, and one business's
 * documents never answer for another.
 */
class KnowledgeRetrievalTest {

  static final UUID BISTRO = UUID.randomUUID();
  static final UUID SPA = UUID.randomUUID();
  /** The shipped defaults (application.yml). */
  static final KnowledgeProperties PROPERTIES =
      new KnowledgeProperties(Store.IN_MEMORY, 0.7, DataSize.ofMegabytes(2), 800, 80);

  static EmbeddingModel model;
  static InMemoryEmbeddingStore<TextSegment> store;
  static KnowledgeBase knowledge;
  static Map<String, UUID> documentIds;

  @BeforeAll
  static void ingestTheTestSet() {
    model = new AllMiniLmL6V2EmbeddingModel();
    store = new InMemoryEmbeddingStore<>();
    knowledge = new KnowledgeBase(model, index(store), PROPERTIES);
    DocumentIngester ingester = new DocumentIngester(
        new Chunker(PROPERTIES.chunkChars(), PROPERTIES.chunkOverlap()), model,
        PROPERTIES.maxDocumentSize().toBytes());
    documentIds = new java.util.HashMap<>();
    KnowledgeTestSet.bistro().forEach(upload -> add(ingester.prepare(upload), BISTRO));
    KnowledgeTestSet.spa().forEach(upload -> add(ingester.prepare(upload), SPA));
  }

  static void add(Prepared prepared, UUID businessId) {
    UUID documentId = UUID.randomUUID();
    documentIds.put(prepared.title(), documentId);
    List<String> ids = IntStream.range(0, prepared.chunks().size())
        .mapToObj(i -> UUID.randomUUID().toString()).toList();
    store.addAll(ids, prepared.embeddings(), prepared.passages(businessId, documentId));
  }

  static KnowledgeIndex index(EmbeddingStore<TextSegment> store) {
    return new KnowledgeIndex() {
      @Override
      public EmbeddingStore<TextSegment> store() {
        return store;
      }

      @Override
      public void refresh(UUID documentId) {}
    };
  }

  @Test
  void eachQuestionFindsTheDocumentThatAnswersItFirst() {
    for (Question question : KnowledgeTestSet.BISTRO_QUESTIONS) {
      assertFirst(BISTRO, question);
    }
    for (Question question : KnowledgeTestSet.SPA_QUESTIONS) {
      assertFirst(SPA, question);
    }
  }

  @Test
  void questionsNoDocumentAnswersFindNothing() {
    for (String question : KnowledgeTestSet.UNRELATED) {
      assertThat(knowledge.search(BISTRO, question, 5)).as(question).isEmpty();
      assertThat(knowledge.search(SPA, question, 5)).as(question).isEmpty();
    }
  }

  @Test
  void anotherBusinesssDocumentsNeverAnswer() {
    Set<UUID> bistroDocuments = Set.of(documentIds.get(KnowledgeTestSet.DOGS),
        documentIds.get(KnowledgeTestSet.WIFI));
    for (Question spaQuestion : KnowledgeTestSet.SPA_QUESTIONS) {
      assertThat(knowledge.search(BISTRO, spaQuestion.text(), 20))
          .as(spaQuestion.text())
          .allSatisfy(hit -> assertThat(bistroDocuments).contains(hit.documentId()));
    }
    for (Question bistroQuestion : KnowledgeTestSet.BISTRO_QUESTIONS) {
      assertThat(knowledge.search(SPA, bistroQuestion.text(), 20))
          .as(bistroQuestion.text())
          .noneSatisfy(hit -> assertThat(bistroDocuments).contains(hit.documentId()));
    }
  }

  @Test
  void theToolCitesTheDocumentAndSaysSoWhenNothingAnswers() {
    KnowledgeTool spa = knowledge.tool(SPA);

    assertThat(spa.knowledge("Do I need to bring a towel?"))
        .startsWith("From \"Sauna rules › Towels\":\n")
        .contains("Towels and bathrobes are provided free of charge");
    assertThat(spa.knowledge("What is the capital of France?"))
        .isEqualTo(KnowledgeTool.NOTHING_FOUND);
    assertThat(KnowledgeTool.SPECIFICATION.name()).isEqualTo("knowledge");
    assertThat(KnowledgeTool.SPECIFICATION.parameters().properties()).containsOnlyKeys("question");
  }

  private static void assertFirst(UUID businessId, Question question) {
    List<KnowledgeHit> hits = knowledge.search(businessId, question.text(), 3);
    String seen = hits.stream().map(hit -> hit.title() + " " + String.format("%.3f", hit.score()))
        .collect(Collectors.joining(", "));
    assertThat(hits).as(question.text() + " → " + seen).isNotEmpty();
    assertThat(hits.get(0).title()).as(question.text() + " → " + seen)
        .isEqualTo(question.answeredBy());
  }
}
