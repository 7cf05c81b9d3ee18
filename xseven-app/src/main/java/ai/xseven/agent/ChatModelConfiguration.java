package ai.xseven.agent;

import ai.xseven.business.BusinessService;
import ai.xseven.observability.LlmCallLog;
import ai.xseven.rules.RuleEngine;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link ChatModel} the agent tasks use: {@link RoutedChatModel} over the tiers of
 * {@code xseven.llm} (by default every tier is the offline model). A provider X-Seven does not
 * know — tests use {@code xseven.llm.provider=scripted} — leaves the chat model to the context.
 */
@Configuration(proxyBeanMethods = false)
class ChatModelConfiguration {

  @Bean
  ModelRouting modelRouting(RuleEngine rules, BusinessService businesses, LlmCallLog calls,
      Clock clock) {
    return new ModelRouting(rules::evaluate, business -> new BudgetStatus(
        calls.spentCents(business, YearMonth.now(clock.withZone(ZoneOffset.UTC))).doubleValue(),
        businesses.monthlyBudgetCents(business).orElse(null)));
  }

  @Bean
  @ConditionalOnExpression("'${xseven.llm.provider:offline}' matches 'offline|openai|ollama'")
  ChatModel routedChatModel(LlmProperties llm, IntentClassifier classifier,
      BookingDetailsExtractor extractor, BusinessService businesses, ModelRouting routing,
      LlmCallLog calls, Clock clock) {
    ModelTiers tiers = ModelTiers.from(llm, new OfflineChatModel(classifier,
        new OfflineStructuredAnswers(classifier, extractor, businesses, clock)));
    return new RoutedChatModel(tiers, routing, calls, clock);
  }
}
