package ai.xseven.agent;

import static ai.xseven.agent.FakeOpenAi.answer;
import static ai.xseven.agent.FakeOpenAi.contentFilter;
import static ai.xseven.agent.FakeOpenAi.lastMessage;
import static ai.xseven.agent.FakeOpenAi.malformed;
import static ai.xseven.agent.FakeOpenAi.rateLimited;
import static ai.xseven.agent.FakeOpenAi.slow;
import static ai.xseven.agent.FakeOpenAi.toolCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.xseven.business.BusinessKind;
import ai.xseven.observability.LlmCall;
import ai.xseven.observability.LlmCall.Outcome;
import ai.xseven.observability.LlmCallLog;
import ai.xseven.rules.ShippedRuleSets;
import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/**
 * The router against a local server speaking the OpenAI chat-completions protocol, with real
 * {@code OpenAiChatModel} clients, the shipped routing rules and the trace in {@code llm_call}.
 * Tiers: {@code large} = "big-model", {@code small} = "little-model" (both on the local server,
 * 1 s timeout), then the offline model.
 */
@JdbcTest
@ActiveProfiles("test")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class RoutedChatModelTest {

  @TestConfiguration
  @ComponentScan(basePackageClasses = LlmCallLog.class,
      excludeFilters = @ComponentScan.Filter(RestController.class))
  static class Trace {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  private static final String BIG = "big-model";
  private static final String LITTLE = "little-model";
  private static final Duration TIMEOUT = Duration.ofSeconds(1);

  private static FakeOpenAi server;
  private static OfflineChatModel offline;

  @Autowired LlmCallLog log;
  @Autowired MeterRegistry meters;

  private final AtomicReference<Long> budgetCents = new AtomicReference<>();
  private final UUID conversation = UUID.randomUUID();
  private UUID business;
  private RoutedChatModel router;

  @BeforeAll
  static void startServerAndLoadTheOfflineModel() {
    server = FakeOpenAi.start();
    offline = new OfflineChatModel(new IntentClassifier(new AllMiniLmL6V2EmbeddingModel()));
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void tiers() {
    server.reset();
    business = UUID.randomUUID();
    LlmProperties.Provider openai =
        new LlmProperties.Provider(server.baseUrl(), "test-key", "gpt-4o-mini", 0.0);
    LlmProperties llm = new LlmProperties("offline", Duration.ofSeconds(30),
        List.of("large", "small", "offline"),
        Map.of("large", tier(BIG), "small", tier(LITTLE)),
        Map.of(BIG, new LlmProperties.Price(new BigDecimal("250"), new BigDecimal("1000")),
            LITTLE, new LlmProperties.Price(new BigDecimal("15"), new BigDecimal("60"))),
        openai, null);
    ModelRouting routing = new ModelRouting(ShippedRuleSets::evaluate, id -> new BudgetStatus(
        log.spentCents(id, YearMonth.now(ZoneOffset.UTC)).doubleValue(), budgetCents.get()));
    router = new RoutedChatModel(ModelTiers.from(llm, offline), routing, log, Clock.systemUTC());
  }

  private static LlmProperties.Tier tier(String model) {
    return new LlmProperties.Tier("openai", null, null, model, null, TIMEOUT, null, null, null);
  }

  @Test
  void aBookingGoesToTheLargeModelAndItsPlainAnswerIsTracedWithTokensAndCost() {
    server.script(BIG, request -> answer(BIG, "Which day would you like to come?", 1200, 30));

    String reply = chat(booking("Hi, I'd like to book a table for four"));

    assertThat(reply).isEqualTo("Which day would you like to come?");
    List<LlmCall> trace = log.trace(conversation);
    assertThat(trace).singleElement().satisfies(call -> {
      assertThat(call.tier()).isEqualTo("large");
      assertThat(call.provider()).isEqualTo("openai");
      assertThat(call.model()).isEqualTo(BIG);
      assertThat(call.outcome()).isEqualTo(Outcome.OK);
      assertThat(call.routeReason()).isEqualTo("a booking takes several steps");
      assertThat(call.promptTokens()).isEqualTo(1200);
      assertThat(call.completionTokens()).isEqualTo(30);
      // 1200 × 250 + 30 × 1000 cents per million tokens
      assertThat(call.costCents()).isEqualByComparingTo("0.33");
      assertThat(call.businessId()).isEqualTo(business);
      assertThat(call.elementId()).isEqualTo("Task_Answer");
      assertThat(call.fallbackFrom()).isNull();
    });
    assertThat(meters.get("xseven.llm.calls").tags("tier", "large", "outcome", "ok").counter()
        .count()).isPositive();
  }

  @Test
  void aToolCallRoundTripAsksForTheCatalogThenAnswersWithWhatTheToolReturned() {
    server.script(LITTLE, request -> "tool".equals(lastMessage(request).path("role").asText())
        ? answer(LITTLE, "Our Margherita costs " + lastMessage(request).path("content").asText(),
            300, 12)
        : toolCall(LITTLE, BusinessTools.CATALOG, "{\"query\":\"margherita\"}", 250, 18));
    List<ChatMessage> messages = question("How much is the Margherita?");

    LlmCallContext context = conversationContext(Intent.Kind.QUESTION, 27);

    AiMessage first = context.during(() -> router.chat(request(messages)).aiMessage());
    ToolExecutionRequest call = first.toolExecutionRequests().get(0);
    messages.add(first);
    messages.add(ToolExecutionResultMessage.from(call, "$14.00"));
    String reply = context.during(() -> router.chat(request(messages)).aiMessage().text());

    assertThat(call.name()).isEqualTo("catalog");
    assertThat(call.arguments()).contains("margherita");
    assertThat(reply).isEqualTo("Our Margherita costs $14.00");
    JsonNode toolResult = lastMessage(server.requestsFor(LITTLE).get(1));
    assertThat(toolResult.path("role").asText()).isEqualTo("tool");
    assertThat(toolResult.path("tool_call_id").asText()).isEqualTo("call_1");
    assertThat(toolResult.path("content").asText()).isEqualTo("$14.00");
    assertThat(log.trace(conversation))
        .extracting(LlmCall::tier, LlmCall::outcome, LlmCall::promptTokens,
            LlmCall::completionTokens, LlmCall::routeReason)
        .containsExactly(
            tuple("small", Outcome.OK, 250, 18, "a short question"),
            tuple("small", Outcome.OK, 300, 12, "a short question"));
  }

  @Test
  void malformedJsonFromTheLargeModelFallsOverToTheSmallOne() {
    server.script(BIG, request -> malformed());
    server.script(LITTLE, request -> answer(LITTLE, "Which day would you like?", 900, 8));

    String reply = chat(booking("Can I book for Friday?"));

    assertThat(reply).isEqualTo("Which day would you like?");
    List<LlmCall> trace = log.trace(conversation);
    assertThat(trace).extracting(LlmCall::tier, LlmCall::outcome, LlmCall::fallbackFrom)
        .containsExactly(tuple("large", Outcome.FAILED, null),
            tuple("small", Outcome.FALLBACK, "large"));
    assertThat(trace.get(0).error()).isNotBlank();
    assertThat(trace.get(0).costCents()).isEqualByComparingTo("0");
    assertThat(trace.get(1).costCents()).isEqualByComparingTo("0.01398"); // 900×15 + 8×60
    assertThat(trace).extracting(LlmCall::callId).containsOnly(trace.get(0).callId());
    assertThat(trace).extracting(LlmCall::attempt).containsExactly(1, 2);
  }

  @Test
  void rateLimitsOnBothTiersEndAtTheOfflineModelWhichAnswersFromTheTools() {
    server.script(BIG, request -> rateLimited());
    server.script(LITTLE, request -> rateLimited());

    AiMessage answer = conversationContext(Intent.Kind.BOOKING, 36).during(() ->
        router.chat(request(booking("What time do you open on Saturday?"))).aiMessage());

    assertThat(answer.toolExecutionRequests()).extracting(ToolExecutionRequest::name)
        .containsExactly(BusinessTools.OPENING_HOURS);
    List<LlmCall> trace = log.trace(conversation);
    assertThat(trace).extracting(LlmCall::tier, LlmCall::provider, LlmCall::outcome,
            LlmCall::fallbackFrom)
        .containsExactly(
            tuple("large", "openai", Outcome.FAILED, null),
            tuple("small", "openai", Outcome.FAILED, "large"),
            tuple("offline", "offline", Outcome.FALLBACK, "small"));
    assertThat(trace.get(0).error()).contains("RateLimitException");
    assertThat(trace.get(1).error()).contains("RateLimitException");
    LlmCall offlineAnswer = trace.get(2);
    assertThat(offlineAnswer.model()).isEqualTo(OfflineChatModel.MODEL_NAME);
    assertThat(offlineAnswer.promptTokens()).isPositive();
    assertThat(offlineAnswer.completionTokens()).isPositive();
    assertThat(offlineAnswer.costCents()).isEqualByComparingTo("0");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void aTimeoutOfTheSmallModelEndsAtTheOfflineModel() {
    server.script(LITTLE, request ->
        slow(answer(LITTLE, "too late", 10, 2), TIMEOUT.multipliedBy(3)));

    AiMessage answer = conversationContext(Intent.Kind.QUESTION, 25).during(() ->
        router.chat(request(question("Where are you located?"))).aiMessage());

    assertThat(answer.toolExecutionRequests()).extracting(ToolExecutionRequest::name)
        .containsExactly(BusinessTools.CONTACT_DETAILS);
    List<LlmCall> trace = log.trace(conversation);
    assertThat(trace).extracting(LlmCall::tier, LlmCall::outcome, LlmCall::fallbackFrom)
        .containsExactly(tuple("small", Outcome.FAILED, null),
            tuple("offline", Outcome.FALLBACK, "small"));
    assertThat(trace.get(0).error()).containsIgnoringCase("timeout");
    // The attempt is traced with the time it really took: no less than the timeout it hit. (How
    // much longer depends on the machine's load: speed is measured in bench/, not asserted.)
    assertThat(trace.get(0).latencyMs()).isGreaterThanOrEqualTo(TIMEOUT.toMillis());
  }

  @Test
  void aContentFilterRefusalFallsOverAndItsBilledTokensStillCount() {
    server.script(BIG, request -> contentFilter(BIG, 800));
    server.script(LITTLE, request -> answer(LITTLE, "Happy to help with your booking.", 800, 9));

    String reply = chat(booking("I want to book, and here is what I think of you..."));

    assertThat(reply).isEqualTo("Happy to help with your booking.");
    List<LlmCall> trace = log.trace(conversation);
    assertThat(trace).extracting(LlmCall::tier, LlmCall::outcome, LlmCall::fallbackFrom)
        .containsExactly(tuple("large", Outcome.FAILED, null),
            tuple("small", Outcome.FALLBACK, "large"));
    assertThat(trace.get(0).error()).contains("content filter");
    assertThat(trace.get(0).promptTokens()).isEqualTo(800);
    assertThat(trace.get(0).costCents()).isEqualByComparingTo("0.2"); // 800 × 250
    assertThat(log.spentCents(business, YearMonth.now(ZoneOffset.UTC)))
        .isEqualByComparingTo("0.21254"); // + 800×15 + 9×60
  }

  @Test
  void withEightyPercentOfTheBudgetSpentABookingStartsAtTheSmallModel() {
    budgetCents.set(1L);
    server.script(BIG, request -> answer(BIG, "Sure, which day?", 3200, 0)); // 0.8 cents
    chat(booking("Book a table please"));
    server.script(LITTLE, request -> answer(LITTLE, "Which day suits you?", 100, 5));

    String reply = chat(booking("Book a table for two"));

    assertThat(reply).isEqualTo("Which day suits you?");
    assertThat(log.trace(conversation)).extracting(LlmCall::tier, LlmCall::routeReason)
        .containsExactly(tuple("large", "a booking takes several steps"),
            tuple("small", "80% of the monthly budget is spent"));
  }

  @Test
  void withTheBudgetSpentEveryCallGoesToTheOfflineModelAndNoProviderIsAsked() {
    budgetCents.set(0L);
    server.script(BIG, request -> answer(BIG, "should not be asked", 1, 1));

    AiMessage answer = conversationContext(Intent.Kind.BOOKING, 20).during(() ->
        router.chat(request(booking("Hello there!"))).aiMessage());

    assertThat(answer.text()).isNotBlank();
    assertThat(server.requests()).isEmpty();
    assertThat(log.trace(conversation)).singleElement().satisfies(call -> {
      assertThat(call.tier()).isEqualTo("offline");
      assertThat(call.outcome()).isEqualTo(Outcome.OK);
      assertThat(call.routeReason()).isEqualTo("the monthly budget is spent");
    });
  }

  // The call context the agent would set.

  private LlmCallContext conversationContext(Intent.Kind intent, int messageChars) {
    return new LlmCallContext(conversation.toString(), "Task_Answer", business,
        BusinessKind.RESTAURANT, "dedicated", intent, messageChars,
        intent == Intent.Kind.QUESTION ? 1 : 0);
  }

  private String chat(List<ChatMessage> messages) {
    String text = ((UserMessage) messages.get(messages.size() - 1)).singleText();
    return conversationContext(Intent.Kind.BOOKING, text.length())
        .during(() -> router.chat(request(messages)).aiMessage().text());
  }

  private List<ChatMessage> booking(String text) {
    return messages(text);
  }

  private List<ChatMessage> question(String text) {
    return messages(text);
  }

  private static List<ChatMessage> messages(String text) {
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(SystemMessage.from("You answer for Mario's Italian."));
    messages.add(UserMessage.from(text));
    return messages;
  }

  private static ChatRequest request(List<ChatMessage> messages) {
    return ChatRequest.builder().messages(messages)
        .toolSpecifications(BusinessTools.SPECIFICATIONS).build();
  }
}
