package ai.xseven.agent;

import ai.xseven.rules.RuleResult;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Asks {@code rules/model-routing.drl} which tier a call starts at, from the call's context and
 * the business's budget this month.
 */
class ModelRouting {

  static final String RULE_SET = "model-routing";

  /** The tier a call starts at and why the rules chose it. */
  record Route(String tier, String reason) {}

  private final BiFunction<String, Collection<?>, RuleResult> rules;
  private final Function<UUID, BudgetStatus> budgets;

  /**
   * @param rules evaluates a rule set ({@code RuleEngine::evaluate})
   * @param budgets what a business spent this month against its budget
   */
  ModelRouting(BiFunction<String, Collection<?>, RuleResult> rules,
      Function<UUID, BudgetStatus> budgets) {
    this.rules = rules;
    this.budgets = budgets;
  }

  Route choose(LlmCallContext call, List<ChatMessage> messages) {
    List<Object> facts = new ArrayList<>();
    // Once the tools answered, the call only has to put their results into words.
    boolean afterTools =
        !messages.isEmpty() && messages.get(messages.size() - 1) instanceof ToolExecutionResultMessage;
    facts.add(new RoutingRequest(call.channel(), call.intent(), call.messageChars(),
        afterTools ? 0 : call.toolsNeeded(), call.businessKind(), call.routeHint()));
    if (call.businessId() != null) {
      facts.add(budgets.apply(call.businessId()));
    }
    RuleResult result = rules.apply(RULE_SET, facts);
    return new Route(result.value("model"), result.value("reason"));
  }
}
