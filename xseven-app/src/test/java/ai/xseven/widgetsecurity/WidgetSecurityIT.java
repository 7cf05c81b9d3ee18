package ai.xseven.widgetsecurity;

import static ai.xseven.DemoData.GLOW;
import static ai.xseven.DemoData.MARIOS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.business.BusinessSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The widget key and allowed origins over real HTTP and a real WebSocket, and the rate limit per
 * conversation (set small here). Mario's allows {@value #SITE}; Glow allows {@value #OTHER_SITE}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@TestPropertySource(properties = {
    "xseven.widget.rate-limits.messages-per-conversation.requests=3",
    "xseven.widget.rate-limits.messages-per-conversation.per=PT1H"})
class WidgetSecurityIT {

  static final String SITE = "https://marios.example";
  static final String OTHER_SITE = "https://glow.example";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired BusinessSettings settings;
  final HttpClient http = HttpClient.newHttpClient();
  String key;

  record Answer(int status, JsonNode body, HttpResponse<String> response) {
    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }
  }

  @BeforeEach
  void allowTheSites() {
    settings.changeAllowedOrigins(MARIOS, SITE, "test");
    settings.changeAllowedOrigins(GLOW, OTHER_SITE, "test");
    key = settings.widget(MARIOS).key();
  }

  @Test
  void servesAnAllowedOriginWithTheRightKeyAndTellsTheBrowserSo() throws Exception {
    Answer started = start(SITE, key);
    assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
    assertThat(started.header("Access-Control-Allow-Origin")).isEqualTo(SITE);
    String id = started.body().path("conversationId").asText();

    Answer said = call("POST", "/api/v1/conversations/" + id + "/messages", SITE, key,
        "{\"text\":\"What are your opening hours?\"}");
    assertThat(said.status()).as(said.body().toString()).isEqualTo(200);
    assertThat(said.header("Access-Control-Allow-Origin")).isEqualTo(SITE);

    Answer transcript = call("GET", "/api/v1/conversations/" + id, SITE, key, null);
    assertThat(transcript.status()).isEqualTo(200);
    assertThat(transcript.body().path("messages").size()).isGreaterThan(1);
  }

  @Test
  void refusesAnotherSiteAWrongKeyAndAMissingKeyWithASentence() throws Exception {
    String id = start(null, null).body().path("conversationId").asText();
    String messages = "/api/v1/conversations/" + id + "/messages";
    String hello = "{\"text\":\"hello\"}";

    assertRefused(start(OTHER_SITE, key), "Mario's Italian does not allow its chat widget on "
        + OTHER_SITE);
    assertRefused(start("https://evil.example", key), "https://evil.example");
    assertRefused(start(SITE, "xsw_not-the-key"), "is not Mario's Italian's widget key");
    assertRefused(start(SITE, null), "must carry the business's widget key");
    assertRefused(call("POST", messages, OTHER_SITE, key, hello), OTHER_SITE);
    assertRefused(call("POST", messages, SITE, "xsw_wrong", hello), "widget key");
    assertRefused(call("GET", "/api/v1/conversations/" + id, "https://evil.example", key, null),
        "does not allow its chat widget on https://evil.example");
    assertRefused(call("GET", "/api/v1/conversations/" + id, SITE, null, null),
        "X-Widget-Key");
    // Glow's key does not open Mario's conversations, even from Glow's own site.
    assertRefused(call("GET", "/api/v1/conversations/" + id, OTHER_SITE,
        settings.widget(GLOW).key(), null), OTHER_SITE);
  }

  @Test
  void leavesSameOriginAndOriginlessCallersAlone() throws Exception {
    assertThat(start(null, null).status()).isEqualTo(201);
    Answer sameOrigin = start("http://localhost:" + port, null);
    assertThat(sameOrigin.status()).as(sameOrigin.body().toString()).isEqualTo(201);
    assertThat(sameOrigin.header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void answersPreflightsOnlyForOriginsThatABusinessAllows() throws Exception {
    HttpResponse<String> allowed = preflight(SITE);
    assertThat(allowed.statusCode()).isIn(200, 204);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SITE);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
        .contains("Content-Type", "X-Widget-Key", "Authorization");

    HttpResponse<String> refused = preflight("https://evil.example");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(refused.body()).contains("No business allows its chat widget on "
        + "https://evil.example");
  }

  @Test
  void refusesTheWebSocketHandshakeOfAnotherSiteOrWithoutTheKey() throws Exception {
    String id = start(SITE, key).body().path("conversationId").asText();

    WebSocketSession open = connect(id, SITE, key);
    assertThat(open.isOpen()).isTrue();
    open.close();
    connect(id, null, null).close();

    assertThatThrownBy(() -> connect(id, OTHER_SITE, key)).hasStackTraceContaining("403");
    assertThatThrownBy(() -> connect(id, SITE, null)).hasStackTraceContaining("403");
    assertThatThrownBy(() -> connect(id, SITE, "xsw_wrong")).hasStackTraceContaining("403");
  }

  @Test
  void limitsTheMessagesOfOneConversationWithoutTouchingAnother() throws Exception {
    String busy = start(null, null).body().path("conversationId").asText();
    String calm = start(null, null).body().path("conversationId").asText();
    for (int i = 0; i < 3; i++) {
      assertThat(say(busy).status()).isEqualTo(200);
    }
    Answer limited = say(busy);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.response().headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
    assertThat(limited.body().path("detail").asText())
        .contains("This conversation has sent more than 3 messages in an hour");

    assertThat(say(calm).status()).isEqualTo(200);
  }

  private Answer say(String id) throws Exception {
    return call("POST", "/api/v1/conversations/" + id + "/messages", null, null,
        "{\"text\":\"What are your opening hours?\",\"clientMessageId\":\""
            + UUID.randomUUID() + "\"}");
  }

  private static void assertRefused(Answer answer, String sentence) {
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(403);
    assertThat(answer.response().headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(answer.body().path("detail").asText()).contains(sentence).endsWith(".");
    assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
  }

  private Answer start(String origin, String widgetKey) throws Exception {
    return call("POST", "/api/v1/conversations", origin, widgetKey,
        "{\"businessId\":\"" + MARIOS + "\",\"channel\":\"dedicated\"}");
  }

  private Answer call(String method, String path, String origin, String widgetKey, String body)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
        .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (origin != null) {
      request.header("Origin", origin);
    }
    if (widgetKey != null) {
      request.header("X-Widget-Key", widgetKey);
    }
    HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
    JsonNode json = response.body().isEmpty() ? JSON.createObjectNode()
        : JSON.readTree(response.body());
    return new Answer(response.statusCode(), json, response);
  }

  private HttpResponse<String> preflight(String origin) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/conversations"))
        .method("OPTIONS", BodyPublishers.noBody())
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type,x-widget-key")
        .build(), BodyHandlers.ofString());
  }

  private WebSocketSession connect(String id, String origin, String widgetKey)
      throws Exception {
    WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
    if (origin != null) {
      headers.setOrigin(origin);
    }
    URI uri = URI.create("ws://localhost:" + port + "/ws/conversations/" + id
        + (widgetKey == null ? "" : "?key=" + widgetKey));
    return new StandardWebSocketClient()
        .execute(new TextWebSocketHandler(), headers, uri).get(10, TimeUnit.SECONDS);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
