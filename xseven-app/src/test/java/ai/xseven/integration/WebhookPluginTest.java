package ai.xseven.integration;

import static ai.xseven.integration.RecordingServer.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.plugin.PluginHarness;
import ai.xseven.sdk.BusinessError;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookPluginTest {

  private static final String SECRET = "whsec-for-the-receiver";

  private final AtomicBoolean signatureValid = new AtomicBoolean();
  private final PluginHarness harness = new PluginHarness().secret("crm.webhook", SECRET);
  private RecordingServer receiver;
  private WebhookPlugin plugin;

  @BeforeEach
  void start() throws Exception {
    // The receiver checks the signature as a real one would: HMAC of the raw body, compared in
    // constant time.
    receiver = new RecordingServer((exchange, request) -> {
      String header = request.headers().getFirst("X-XSeven-Signature");
      signatureValid.set(header != null && MessageDigest.isEqual(
          header.getBytes(StandardCharsets.UTF_8),
          ("sha256=" + hmac(request.body())).getBytes(StandardCharsets.UTF_8)));
      reply(exchange, request.path().endsWith("/gone") ? 410 : 202, "text/plain", "");
    });
    HttpPluginProperties properties =
        new HttpPluginProperties(List.of(receiver.url("/hooks/")), 4096);
    plugin = new WebhookPlugin(new OutboundHttp(new UrlAllowList(properties), properties),
        new ObjectMapper(),
        Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  private static String hmac(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void postsTheNamedVariablesSignedSoTheReceiverCanCheckThem() throws Exception {
    PluginResult result = harness.run(plugin, Map.of("url", receiver.url("/hooks/crm"),
            "event", "order.placed", "variables", "orderId, total ,missing",
            "signingSecret", "crm.webhook"),
        Map.of("orderId", "o-1", "total", 42L, "customerContact", "ana@example.com",
            "businessId", "b-1"));

    assertThat(signatureValid).isTrue();
    RecordingServer.Received request = receiver.received.get(0);
    JsonNode payload = new ObjectMapper().readTree(request.body());
    assertThat(payload.path("event").asText()).isEqualTo("order.placed");
    assertThat(payload.path("businessId").asText()).isEqualTo("b-1");
    assertThat(payload.path("sentAt").asText()).isEqualTo("2026-11-21T10:00:00Z");
    assertThat(payload.path("variables").toString())
        .isEqualTo("{\"orderId\":\"o-1\",\"total\":42,\"missing\":null}");
    assertThat(request.text()).doesNotContain("ana@example.com");
    assertThat(request.headers().getFirst("X-XSeven-Event")).isEqualTo("order.placed");
    assertThat(request.headers().getFirst("X-XSeven-Delivery"))
        .isEqualTo(result.outputs().get("webhookDeliveryId"))
        .isEqualTo(payload.path("deliveryId").asText());
    assertThat(result.outputs()).containsEntry("webhookStatus", 202);
  }

  @Test
  void aBodySignedWithAnotherSecretDoesNotVerify() {
    harness.secret("other", "not-the-receivers");

    harness.run(plugin, Map.of("url", receiver.url("/hooks/crm"), "event", "ping",
        "variables", "orderId", "signingSecret", "other"), Map.of("orderId", "o-1"));

    assertThat(signatureValid).isFalse();
  }

  @Test
  void aReceiverThatRefusesIsABusinessErrorAndAMissingSecretATechnicalFailure() {
    Map<String, String> fields = Map.of("url", receiver.url("/hooks/gone"), "event", "ping",
        "variables", "orderId", "signingSecret", "crm.webhook");
    assertThatThrownBy(() -> harness.run(plugin, fields, Map.of()))
        .isInstanceOf(BusinessError.class).hasMessageContaining("answered 410");

    assertThatThrownBy(() -> harness.run(plugin, Map.of("url", receiver.url("/hooks/crm"),
        "event", "ping", "variables", "orderId", "signingSecret", "undefined.secret")))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("undefined.secret");
  }

  @Test
  void theVariablesAreNamedNeverAll() {
    assertThat(plugin.definition().problemsWith(Map.of("url", "${u}", "event", "ping",
        "signingSecret", "s", "variables", "orderId total")))
        .singleElement().asString().contains("'Variables' does not have the expected form");
    assertThat(plugin.definition().problemsWith(Map.of("url", "${u}", "event", "ping",
        "signingSecret", "s"))).singleElement().asString().contains("'Variables' is required");
  }
}
