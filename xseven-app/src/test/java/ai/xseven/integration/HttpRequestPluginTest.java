package ai.xseven.integration;

import static ai.xseven.integration.RecordingServer.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.plugin.PluginHarness;
import ai.xseven.sdk.BusinessError;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.TurnValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpRequestPluginTest {

  private RecordingServer server;
  private HttpRequestPlugin plugin;
  private final PluginHarness harness = new PluginHarness().secret("shop.token", "s3cret");

  @BeforeEach
  void start() throws Exception {
    server = new RecordingServer((exchange, request) -> {
      switch (request.path()) {
        case "/api/order" -> reply(exchange, 200, "application/json",
            "{\"id\":\"o-1\",\"total\":42.5,\"items\":[{\"name\":\"Margherita\"}]}");
        case "/api/text" -> reply(exchange, 201, "text/plain; charset=UTF-8", "créé");
        case "/api/huge" -> reply(exchange, 200, "text/plain", "x".repeat(5000));
        case "/api/slow" -> {
          try {
            Thread.sleep(3000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          reply(exchange, 200, "text/plain", "late");
        }
        default -> reply(exchange, 404, "application/json", "{\"error\":\"no such thing\"}");
      }
    });
    plugin = plugin(List.of(server.url("/api/")), 4096);
  }

  private static HttpRequestPlugin plugin(List<String> allowed, int maxBytes) {
    HttpPluginProperties properties = new HttpPluginProperties(allowed, maxBytes);
    return new HttpRequestPlugin(new OutboundHttp(new UrlAllowList(properties), properties),
        new ObjectMapper());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aJsonAnswerIsParsedForTheTurnAndItsStatusStored() {
    PluginResult result = harness.run(plugin, Map.of("url", server.url("/api/order")));

    assertThat(result.outputs()).containsEntry("httpResponseStatus", 200);
    Map<?, ?> response = (Map<?, ?>) ((TurnValue) result.outputs().get("httpResponse")).value();
    assertThat(response.get("status")).isEqualTo(200);
    assertThat((Map<String, Object>) response.get("body")).containsEntry("id", "o-1")
        .containsEntry("total", 42.5);
    assertThat(server.received).singleElement().extracting(RecordingServer.Received::method)
        .isEqualTo("GET");
  }

  @Test
  void aPostSendsItsBodyHeadersAndTheSecretAsBearerToken() {
    PluginResult result = harness.run(plugin, Map.of("method", "POST",
        "url", server.url("/api/text"), "headers", "X-Shop: marios\n\nAccept: text/plain",
        "body", Map.of("orderId", "o-1"), "authSecret", "shop.token",
        "resultVariable", "created"));

    RecordingServer.Received request = server.received.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.text()).isEqualTo("{\"orderId\":\"o-1\"}");
    assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer s3cret");
    assertThat(request.headers().getFirst("X-Shop")).isEqualTo("marios");
    assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
    assertThat(result.outputs()).containsEntry("createdStatus", 201);
    assertThat(((Map<?, ?>) ((TurnValue) result.outputs().get("created")).value()).get("body"))
        .isEqualTo("créé");
  }

  @Test
  void aStatusOf400OrMoreIsABusinessErrorWithTheStatusInItsCode() {
    assertThatThrownBy(() -> harness.run(plugin, Map.of("url", server.url("/api/missing"))))
        .isInstanceOf(BusinessError.class)
        .hasMessageContaining("answered 404: {\"error\":\"no such thing\"}")
        .extracting(error -> ((BusinessError) error).code()).isEqualTo("HTTP_404");
  }

  @Test
  void aUrlOffTheAllowListIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> harness.run(plugin, Map.of("url", server.url("/admin"))))
        .isInstanceOf(PluginException.class).hasMessageContaining("not on the allow-list");
    assertThatThrownBy(() -> harness.run(plugin(List.of(), 4096),
        Map.of("url", server.url("/api/order"))))
        .isInstanceOf(PluginException.class).hasMessageContaining("not on the allow-list");
    assertThat(server.received).isEmpty();
  }

  @Test
  void anAnswerLongerThanTheCapIsATechnicalFailure() {
    assertThatThrownBy(() -> harness.run(plugin, Map.of("url", server.url("/api/huge"))))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("longer than 4096 bytes");
  }

  @Test
  void noAnswerWithinTheTimeoutIsATechnicalFailure() {
    assertThatThrownBy(() -> harness.run(plugin,
        Map.of("url", server.url("/api/slow"), "timeoutSeconds", "1")))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("did not answer within 1 s");
  }

  @Test
  void aRefusedConnectionIsATechnicalFailure() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closedPort + "/api/order";

    assertThatThrownBy(() -> harness.run(plugin(List.of("http://127.0.0.1:" + closedPort + "/"),
        4096), Map.of("url", url)))
        .isInstanceOf(PluginException.class).hasMessageContaining("GET " + url + " failed");
  }

  @Test
  void fieldsAreCheckedBeforeTheRequest() {
    assertThatThrownBy(() -> harness.run(plugin,
        Map.of("url", server.url("/api/order"), "timeoutSeconds", "0")))
        .hasMessageContaining("'Timeout (seconds)' must be at least 1");
    assertThatThrownBy(() -> harness.run(plugin,
        Map.of("url", server.url("/api/order"), "method", "TRACE")))
        .hasMessageContaining("'Method' must be one of GET, POST, PUT, PATCH, DELETE");
    assertThatThrownBy(() -> harness.run(plugin,
        Map.of("url", server.url("/api/order"), "body", "{}")))
        .hasMessageContaining("a GET request sends no body");
    assertThat(plugin.definition().problemsWith(
        Map.of("url", "${u}", "headers", "X-Ok: 1\nnot a header")))
        .singleElement().asString().contains("'Headers' does not have the expected form");
    assertThat(server.received).isEmpty();
  }
}
