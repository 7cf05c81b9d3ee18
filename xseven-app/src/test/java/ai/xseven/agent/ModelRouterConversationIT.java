package ai.xseven.agent;

import static ai.xseven.DemoData.MARIOS;
import static ai.xseven.agent.FakeOpenAi.lastMessage;
import static ai.xseven.agent.FakeOpenAi.rateLimited;
import static ai.xseven.agent.FakeOpenAi.toolCall;
import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.conversation.ChatApi;
import ai.xseven.conversation.ChatApi.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real conversation with Mario's, the small tier on a local OpenAI-protocol server: the model asks
 * for the catalog, the second call of the tool loop is rate-limited, and the offline model answers
 * with the tool's result. The trace and the cost endpoints show it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ModelRouterConversationIT {

  private static final String BIG = "big-model";
  private static final String LITTLE = "little-model";
  private static final FakeOpenAi SERVER = FakeOpenAi.start();

  @DynamicPropertySource
  static void tiersOnTheLocalServer(DynamicPropertyRegistry properties) {
    for (String[] tier : new String[][] {{"large", BIG}, {"small", LITTLE}}) {
      String prefix = "xseven.llm.models." + tier[0] + ".";
      properties.add(prefix + "provider", () -> "openai");
      properties.add(prefix + "base-url", SERVER::baseUrl);
      properties.add(prefix + "api-key", () -> "test-key");
      properties.add(prefix + "model", () -> tier[1]);
      properties.add(prefix + "timeout", () -> "PT2S");
    }
    properties.add("xseven.llm.prices." + LITTLE + ".input", () -> "15");
    properties.add("xseven.llm.prices." + LITTLE + ".output", () -> "60");
  }

  @AfterAll
  static void stopServer() {
    SERVER.close();
  }

  @Autowired TestRestTemplate http;

  @Test
  void aRateLimitInTheMiddleOfAToolLoopEndsAtTheOfflineModelAndTheTraceShowsEveryAttempt() {
    SERVER.script(LITTLE, request -> "tool".equals(lastMessage(request).path("role").asText())
        ? rateLimited()
        : toolCall(LITTLE, BusinessTools.CATALOG, "{\"query\":\"lasagna\"}", 400, 20));
    ChatApi api = new ChatApi(http);
    String id = api.start(MARIOS);

    Reply reply = api.say(id, "How much is the lasagna?");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.text()).contains("Lasagna").contains("$18");

    JsonNode trace = api.get("/api/v1/conversations/" + id + "/llm-calls").body();
    List<String> attempts = new ArrayList<>();
    trace.forEach(call -> attempts.add(call.path("tier").asText() + " "
        + call.path("outcome").asText() + " from " + call.path("fallbackFrom").asText("-")));
    assertThat(attempts).as(trace.toPrettyString()).containsExactly(
        "small ok from -", "small failed from -", "offline fallback from small");
    assertThat(SERVER.requestsFor(BIG)).isEmpty();
    assertThat(SERVER.requestsFor(LITTLE)).hasSize(2);
    JsonNode toolCall = trace.get(0);
    assertThat(toolCall.path("elementId").asText()).isEqualTo("Task_AnswerQuestion");
    assertThat(toolCall.path("businessId").asText()).isEqualTo(MARIOS.toString());
    assertThat(toolCall.path("model").asText()).isEqualTo(LITTLE);
    assertThat(toolCall.path("routeReason").asText()).isEqualTo("a short question");
    assertThat(toolCall.path("promptTokens").asInt()).isEqualTo(400);
    assertThat(toolCall.path("completionTokens").asInt()).isEqualTo(20);
    assertThat(toolCall.path("costCents").decimalValue()).isEqualByComparingTo("0.0072");
    assertThat(trace.get(1).path("error").asText()).contains("RateLimitException");
    assertThat(trace.get(1).path("callId").asText())
        .isEqualTo(trace.get(2).path("callId").asText())
        .isNotEqualTo(toolCall.path("callId").asText());
    assertThat(trace.get(2).path("model").asText()).isEqualTo(OfflineChatModel.MODEL_NAME);
    assertThat(trace.get(2).path("costCents").decimalValue()).isEqualByComparingTo("0");

    String month = YearMonth.now(ZoneOffset.UTC).toString();
    JsonNode costs = api.get("/api/v1/businesses/" + MARIOS + "/costs?month=" + month).body();
    assertThat(costs.path("budgetCents").asLong()).isEqualTo(2000);
    assertThat(costs.path("spentCents").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("0.0072"));
    JsonNode conversation = null;
    for (JsonNode row : costs.path("conversations")) {
      if (row.path("conversationId").asText().equals(id)) {
        conversation = row;
      }
    }
    assertThat(conversation).isNotNull();
    assertThat(conversation.path("costCents").decimalValue()).isEqualByComparingTo("0.0072");
    assertThat(conversation.path("totals").path("attempts").asInt()).isEqualTo(3);
    assertThat(conversation.path("totals").path("failed").asInt()).isEqualTo(1);
  }

  @Test
  void costsOfAnUnknownBusinessAreNotFound() {
    Reply reply = new ChatApi(http).get("/api/v1/businesses/" + UUID.randomUUID() + "/costs");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body().path("title").asText()).isEqualTo("Business not found");
  }
}
