package ai.xseven.agent;

/**
 * What a business has spent on LLM calls this calendar month, as {@code rules/model-routing.drl}
 * sees it: 80% spent keeps calls off the large model, all spent sends them to the offline model.
 *
 * @param spentCents US cents spent so far this month (UTC)
 * @param budgetCents the monthly budget in US cents; null when the business set no limit
 */
public record BudgetStatus(double spentCents, Long budgetCents) {}
