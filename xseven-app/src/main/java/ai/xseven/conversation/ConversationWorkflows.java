package ai.xseven.conversation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The Temporal workflows a conversation started, by id. */
@Component
class ConversationWorkflows {

  private final JdbcClient jdbc;
  private final Clock clock;

  ConversationWorkflows(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(UUID conversationId, String workflowId) {
    jdbc.sql(
            "insert into conversation_workflow (conversation_id, workflow_id, started_at)"
                + " select ?, ?, ? where not exists (select 1 from conversation_workflow"
                + " where conversation_id = ? and workflow_id = ?)")
        .params(conversationId, workflowId, Timestamp.from(clock.instant()), conversationId,
            workflowId)
        .update();
  }

  List<String> of(UUID conversationId) {
    return jdbc.sql(
            "select workflow_id from conversation_workflow where conversation_id = ?"
                + " order by started_at, workflow_id")
        .param(conversationId)
        .query(String.class)
        .list();
  }
}
