package ai.xseven.observability;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a business's LLM calls cost in one calendar month (UTC), in total and per conversation.
 *
 * @param budgetCents the business's monthly budget; null when it set no limit
 */
public record CostReport(
    UUID businessId,
    String month,
    Long budgetCents,
    BigDecimal spentCents,
    Totals totals,
    List<ConversationCost> conversations) {

  /** Attempts counts every attempt (failed ones too); failed counts those that did not answer. */
  public record Totals(long attempts, long failed, long promptTokens, long completionTokens) {}

  public record ConversationCost(UUID conversationId, BigDecimal costCents, Totals totals) {}
}
