package ai.xseven.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.XSevenApplication;
import ai.xseven.knowledge.KnowledgeTestSet.Question;
import ai.xseven.support.ProductionServices;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production store for real: the chunk table on this machine's PostgreSQL (a fresh database),
 * searched by {@link JdbcChunkStore} (xseven.knowledge.store=database), with the same test set and
 * questions as {@link KnowledgeRetrievalTest}.
 */
class KnowledgePostgresIT {

  private static ConfigurableApplicationContext app;
  private static KnowledgeDocuments documents;
  private static KnowledgeBase knowledge;
  private static JdbcTemplate jdbc;

  @BeforeAll
  static void start() throws Exception {
    ProductionServices.requireOrSkip();
    String url = ProductionServices.freshDatabase("xseven_knowledge_it");
    app = new SpringApplicationBuilder(XSevenApplication.class).run(
        "--server.port=0",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=postgres",
        "--xseven.knowledge.store=database");
    documents = app.getBean(KnowledgeDocuments.class);
    knowledge = app.getBean(KnowledgeBase.class);
    jdbc = app.getBean(JdbcTemplate.class);
  }

  @AfterAll
  static void stop() {
    if (app != null) app.close();
  }

  @Test
  void searchesTheChunkTableOnPostgresql() {
    assertThat(app.getBean(KnowledgeIndex.class)).isInstanceOf(DatabaseIndex.class);
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    UUID bistro = KnowledgeBusinesses.create(jdbc, "Test Bistro");
    UUID spa = KnowledgeBusinesses.create(jdbc, "Test Spa");
    Set<UUID> bistroDocuments = new HashSet<>();
    KnowledgeTestSet.bistro().forEach(d -> bistroDocuments.add(documents.create(bistro, d).id()));
    KnowledgeTestSet.spa().forEach(d -> documents.create(spa, d));

    for (Question q : KnowledgeTestSet.BISTRO_QUESTIONS) {
      assertThat(knowledge.search(bistro, q.text(), 3)).as(q.text()).first()
          .extracting(KnowledgeHit::title).isEqualTo(q.answeredBy());
    }
    for (Question q : KnowledgeTestSet.SPA_QUESTIONS) {
      List<KnowledgeHit> hits = knowledge.search(spa, q.text(), 20);
      assertThat(hits).as(q.text()).first().extracting(KnowledgeHit::title).isEqualTo(q.answeredBy());
      assertThat(hits).noneSatisfy(hit -> assertThat(bistroDocuments).contains(hit.documentId()));
    }
    for (String unrelated : KnowledgeTestSet.UNRELATED) {
      assertThat(knowledge.search(bistro, unrelated, 5)).as(unrelated).isEmpty();
    }
  }

  @Test
  void reIngestingReplacesTheChunksAndDeletingRemovesThem() {
    UUID cafe = KnowledgeBusinesses.create(jdbc, "Test Cafe");
    UUID dogs = documents.create(cafe, KnowledgeTestSet.bistro().get(0)).id();
    assertThat(knowledge.search(cafe, "Can I bring my dog?", 3)).first()
        .satisfies(hit -> assertThat(hit.text()).contains("terrace"));

    documents.replace(cafe, dogs, new DocumentUpload(null, "text/plain", null,
        "Dogs are no longer allowed, not even on the terrace.".getBytes()));

    assertThat(jdbc.queryForList("select text from knowledge_chunk where document_id = ?",
        String.class, dogs)).containsExactly("Dogs are no longer allowed, not even on the terrace.");
    assertThat(knowledge.search(cafe, "Can I bring my dog?", 3)).singleElement()
        .satisfies(hit -> assertThat(hit.title()).isEqualTo("Dog policy"));

    documents.delete(cafe, dogs);
    assertThat(knowledge.search(cafe, "Can I bring my dog?", 3)).isEmpty();
  }

  @Test
  void theDemoDocumentsAreSeededIntoPostgresql() {
    assertThat(knowledge.search(ai.xseven.DemoData.MARIOS, "Is there parking nearby?", 3)).first()
        .extracting(KnowledgeHit::title).isEqualTo("Parking and getting here");
  }
}
