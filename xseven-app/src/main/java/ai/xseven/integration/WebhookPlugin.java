package ai.xseven.integration;

import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import ai.xseven.sdk.Variable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Tells another system that something happened: POSTs a JSON event with the variables the task
 * names to a URL on the allow-list, signed so the receiver can check it came from X-Seven —
 * {@code X-XSeven-Signature: sha256=<hex HMAC-SHA256 of the body with the secret>}, with
 * {@code X-XSeven-Event} and {@code X-XSeven-Delivery} (an id per delivery). The variables are
 * named, never "all of them": what leaves the platform is what the analyst chose.
 */
@Component
class WebhookPlugin implements ServiceTaskPlugin {

  static final String SIGNATURE = "X-XSeven-Signature";
  static final String EVENT = "X-XSeven-Event";
  static final String DELIVERY = "X-XSeven-Delivery";

  private final OutboundHttp http;
  private final ObjectMapper json;
  private final Clock clock;

  WebhookPlugin(OutboundHttp http, ObjectMapper json, Clock clock) {
    this.http = http;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("webhook")
        .name("Webhook")
        .description("POSTs a signed JSON event with the named variables to a URL on the "
            + "allow-list; a status of 400 or more is the BPMN error HTTP_<status>.")
        .input(HttpFields.url())
        .input(InputField.text("event").label("Event").required()
            .pattern("[A-Za-z][A-Za-z0-9_.:-]{0,99}")
            .description("The event's name, e.g. order.placed."))
        .input(InputField.text("variables").label("Variables").required()
            .pattern("[ \\t]*[A-Za-z_][A-Za-z0-9_]*(?:[ \\t]*,[ \\t]*[A-Za-z_][A-Za-z0-9_]*)*"
                + "[ \\t]*")
            .description("The process variables sent, comma-separated, e.g. orderId, total."))
        .input(InputField.secret("signingSecret").label("Signing secret").required()
            .description("The name of the secret the body is signed with (HMAC-SHA256)."))
        .input(HttpFields.timeout())
        .writes(List.of(
            Variable.required("webhookStatus", Integer.class, "The receiver's HTTP status."),
            Variable.required("webhookDeliveryId", String.class,
                "The id sent as X-XSeven-Delivery.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    URI url = http.allowed(context.text(HttpFields.URL).orElse(""));
    String event = context.text("event").orElseThrow();
    String deliveryId = UUID.randomUUID().toString();
    Map<String, Object> variables = new LinkedHashMap<>();
    for (String name : context.text("variables").orElseThrow().split(",")) {
      variables.put(name.strip(), context.variable(name.strip(), Object.class).orElse(null));
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("event", event);
    payload.put("deliveryId", deliveryId);
    payload.put("sentAt", clock.instant().toString());
    payload.put("conversationId", context.conversationId());
    payload.put("businessId", context.businessId().orElse(null));
    payload.put("variables", variables);
    byte[] body = write(payload);
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(HttpFields.timeout(context))
        .header("Content-Type", "application/json")
        .header(EVENT, event)
        .header(DELIVERY, deliveryId)
        .header(SIGNATURE, "sha256=" + sign(body, context.secret("signingSecret")))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    OutboundHttp.Answer answer = http.send(request, HttpFields.timeout(context));
    return PluginResult.builder()
        .output("webhookStatus", answer.status())
        .output("webhookDeliveryId", deliveryId)
        .build();
  }

  /** The lower-case hex HMAC-SHA256 of {@code body}: what a receiver computes to check it. */
  static String sign(byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private byte[] write(Map<String, Object> payload) {
    try {
      return json.writeValueAsBytes(payload);
    } catch (JsonProcessingException e) {
      throw new PluginException("The webhook's variables cannot be written as JSON: "
          + e.getOriginalMessage());
    }
  }
}
