package ai.xseven.observability;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trace of every LLM call attempt ({@code llm_call}) and what it cost.
 *
 * <p>An attempt is written in the caller's transaction (a chat turn), so it needs no second
 * connection while the turn holds one. The money is spent even if the turn fails, so when that
 * transaction rolls back the attempt is written again in a transaction of its own.
 */
@Service
public class LlmCallLog {

  private static final String COLUMNS =
      "id, call_id, attempt, conversation_id, business_id, element_id, tier, provider, model, "
          + "route_reason, prompt_tokens, completion_tokens, latency_ms, cost_cents, outcome, "
          + "error, fallback_from, created_at";

  private static final String TOTALS =
      "count(*) as attempts, coalesce(sum(case when outcome = 'failed' then 1 else 0 end), 0) "
          + "as failed, coalesce(sum(prompt_tokens), 0) as prompt_tokens, "
          + "coalesce(sum(completion_tokens), 0) as completion_tokens, "
          + "coalesce(sum(cost_cents), 0) as cost_cents";

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final LlmCallMetrics metrics;
  private final MonthlySpend spend = new MonthlySpend(Duration.ofSeconds(10));

  LlmCallLog(JdbcClient jdbc, PlatformTransactionManager transactions, LlmCallMetrics metrics) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.metrics = metrics;
  }

  public void record(LlmCall call) {
    insert(call);
    spend.add(call.businessId(), call.createdAt(), call.costCents());
    metrics.record(call);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          if (status == STATUS_ROLLED_BACK) {
            ownTransaction.executeWithoutResult(inOwn -> insert(call));
          }
        }
      });
    }
  }

  /** Every attempt of every call in a conversation, oldest first. */
  public List<LlmCall> trace(UUID conversationId) {
    return jdbc.sql("select " + COLUMNS + " from llm_call where conversation_id = ? "
            + "order by created_at, call_id, attempt")
        .param(conversationId)
        .query((row, n) -> call(row))
        .list();
  }

  /** US cents each conversation's LLM calls cost so far (failed attempts too); absent: none. */
  public Map<UUID, BigDecimal> costCentsByConversation(Collection<UUID> conversationIds) {
    if (conversationIds.isEmpty()) {
      return Map.of();
    }
    Map<UUID, BigDecimal> costs = new HashMap<>();
    jdbc.sql("select conversation_id, coalesce(sum(cost_cents), 0) as cost_cents from llm_call "
            + "where conversation_id in (:ids) group by conversation_id")
        .param("ids", List.copyOf(conversationIds))
        .query(row -> {
          costs.put(row.getObject("conversation_id", UUID.class), row.getBigDecimal("cost_cents"));
        });
    return costs;
  }

  /**
   * US cents the business's LLM calls cost in {@code month} (UTC), for the routing rules: read
   * from the trace at most every 10 seconds, with this node's calls since added.
   */
  public BigDecimal spentCents(UUID businessId, YearMonth month) {
    return spend.of(businessId, month, Instant.now(), () -> sumSpent(businessId, month));
  }

  private BigDecimal sumSpent(UUID businessId, YearMonth month) {
    return jdbc.sql("select coalesce(sum(cost_cents), 0) from llm_call "
            + "where business_id = ? and created_at >= ? and created_at < ?")
        .param(businessId)
        .param(start(month))
        .param(start(month.plusMonths(1)))
        .query(BigDecimal.class)
        .single();
  }

  public CostReport costs(UUID businessId, YearMonth month, Long budgetCents) {
    String where = " from llm_call where business_id = ? and created_at >= ? and created_at < ?";
    Timestamp from = start(month);
    Timestamp to = start(month.plusMonths(1));
    record Sum(BigDecimal cents, CostReport.Totals totals) {}
    Sum total = jdbc.sql("select " + TOTALS + where).params(businessId, from, to)
        .query((row, n) -> new Sum(row.getBigDecimal("cost_cents"), totals(row)))
        .single();
    List<CostReport.ConversationCost> conversations =
        jdbc.sql("select conversation_id, " + TOTALS + where
                + " group by conversation_id order by cost_cents desc, conversation_id")
            .params(businessId, from, to)
            .query((row, n) -> new CostReport.ConversationCost(
                row.getObject("conversation_id", UUID.class), row.getBigDecimal("cost_cents"),
                totals(row)))
            .list();
    return new CostReport(businessId, month.toString(), budgetCents, total.cents(),
        total.totals(), conversations);
  }

  private void insert(LlmCall call) {
    jdbc.sql("insert into llm_call (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?)")
        .params(call.id(), call.callId(), call.attempt(), call.conversationId(), call.businessId(),
            clip(call.elementId(), 255), clip(call.tier(), 40), clip(call.provider(), 20),
            clip(call.model(), 200), clip(call.routeReason(), 500), call.promptTokens(),
            call.completionTokens(), call.latencyMs(), call.costCents(),
            call.outcome().name().toLowerCase(Locale.ROOT), clip(call.error(), 1000),
            clip(call.fallbackFrom(), 40), Timestamp.from(call.createdAt()))
        .update();
  }

  private static LlmCall call(ResultSet row) throws SQLException {
    return new LlmCall(
        row.getObject("id", UUID.class),
        row.getObject("call_id", UUID.class),
        row.getInt("attempt"),
        row.getObject("conversation_id", UUID.class),
        row.getObject("business_id", UUID.class),
        row.getString("element_id"),
        row.getString("tier"),
        row.getString("provider"),
        row.getString("model"),
        row.getString("route_reason"),
        row.getInt("prompt_tokens"),
        row.getInt("completion_tokens"),
        row.getLong("latency_ms"),
        row.getBigDecimal("cost_cents"),
        LlmCall.Outcome.valueOf(row.getString("outcome").toUpperCase(Locale.ROOT)),
        row.getString("error"),
        row.getString("fallback_from"),
        row.getTimestamp("created_at").toInstant());
  }

  private static CostReport.Totals totals(ResultSet row) throws SQLException {
    return new CostReport.Totals(row.getLong("attempts"), row.getLong("failed"),
        row.getLong("prompt_tokens"), row.getLong("completion_tokens"));
  }

  private static Timestamp start(YearMonth month) {
    return Timestamp.from(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
