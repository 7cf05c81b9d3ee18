package ai.xseven.knowledge;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every passage of a business's documents, in document order: what the business says of itself,
 * which the output guardrails accept as fact beside the catalog.
 */
@Component
public class KnowledgePassages {

  private final JdbcClient jdbc;

  KnowledgePassages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<String> of(UUID businessId) {
    return jdbc.sql("select c.text from knowledge_chunk c join knowledge_document d "
            + "on d.id = c.document_id where c.business_id = ? order by d.title, c.position")
        .param(businessId)
        .query(String.class)
        .list();
  }
}
