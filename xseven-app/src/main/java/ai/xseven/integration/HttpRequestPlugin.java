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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Calls an HTTP API on the allow-list. The answer is written for the rest of the turn as
 * {@code <result>} = {@code {status, body}} (the body parsed into maps and lists when the answer
 * is JSON, text otherwise), so a gateway or a {@code setVariables} task can read
 * {@code ${httpResponse.body.total}}; only {@code <result>Status} is stored with the conversation,
 * because a whole answer would not fit a process variable. A status of 400 or more is the BPMN
 * error {@code HTTP_<status>}.
 */
@Component
class HttpRequestPlugin implements ServiceTaskPlugin {

  private final OutboundHttp http;
  private final ObjectMapper json;

  HttpRequestPlugin(OutboundHttp http, ObjectMapper json) {
    this.http = http;
    this.json = json;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("httpRequest")
        .name("HTTP request")
        .description("Calls an HTTP API on the allow-list and writes its status and answer; a "
            + "status of 400 or more is the BPMN error HTTP_<status>.")
        .input(InputField.choice("method", "GET", "POST", "PUT", "PATCH", "DELETE")
            .label("Method").defaultValue("GET"))
        .input(HttpFields.url())
        .input(InputField.text("headers").label("Headers").pattern(HeaderLines.PATTERN)
            .maxLength(4000)
            .description("One header per line, Name: value. Never a secret: use Auth secret."))
        .input(InputField.expression("body").label("Body").maxLength(100_000)
            .description("Sent with POST, PUT and PATCH, e.g. {\"order\": \"${orderId}\"}; JSON "
                + "unless the headers say otherwise."))
        .input(InputField.secret("authSecret").label("Auth secret")
            .description("The name of a secret sent as Authorization: Bearer <secret>."))
        .input(HttpFields.timeout())
        .input(InputField.text("resultVariable").label("Result variable")
            .defaultValue("httpResponse").pattern("[A-Za-z_][A-Za-z0-9_]{0,60}")
            .description("Where the answer goes: <name> {status, body} for this turn, "
                + "<name>Status stored."))
        .writes(List.of(
            Variable.required("httpResponse", Map.class,
                "{status, body} for the rest of the turn (with the default result variable)."),
            Variable.required("httpResponseStatus", Integer.class, "The HTTP status.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    String method = context.text("method").orElse("GET");
    URI url = http.allowed(context.text(HttpFields.URL).orElse(""));
    Optional<Object> body = context.value("body")
        .filter(value -> !(value instanceof String text) || !text.isBlank());
    boolean sendsBody = List.of("POST", "PUT", "PATCH").contains(method);
    if (body.isPresent() && !sendsBody) {
      throw new PluginException("Task " + context.taskId() + ": a " + method
          + " request sends no body; leave Body empty or use POST, PUT or PATCH");
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .timeout(HttpFields.timeout(context));
    boolean typed = false;
    for (HeaderLines.Header header : HeaderLines.parse(context.text("headers").orElse(null))) {
      if (header.name().equalsIgnoreCase("Authorization")
          && context.text("authSecret").isPresent()) {
        throw new PluginException("Task " + context.taskId() + " sets Authorization twice: "
            + "in Headers and through Auth secret");
      }
      typed |= header.name().equalsIgnoreCase("Content-Type");
      header(request, header.name(), header.value(), context);
    }
    if (context.text("authSecret").isPresent()) {
      request.header("Authorization", "Bearer " + context.secret("authSecret"));
    }
    String text = body.map(this::text).orElse("");
    if (sendsBody && !typed) {
      request.header("Content-Type", looksLikeJson(text) ? "application/json"
          : "text/plain; charset=UTF-8");
    }
    request.method(method, sendsBody ? HttpRequest.BodyPublishers.ofString(text)
        : HttpRequest.BodyPublishers.noBody());
    OutboundHttp.Answer answer = http.send(request.build(), HttpFields.timeout(context));
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("status", answer.status());
    response.put("body", parsed(answer));
    String result = context.text("resultVariable").orElse("httpResponse");
    return PluginResult.builder()
        .turnOutput(result, response)
        .output(result + "Status", answer.status())
        .build();
  }

  private static void header(HttpRequest.Builder request, String name, String value,
      PluginContext context) {
    try {
      request.header(name, value);
    } catch (IllegalArgumentException restricted) {
      throw new PluginException("Task " + context.taskId() + ": the header " + name
          + " cannot be set (" + restricted.getMessage() + ")");
    }
  }

  /** An expression's result as the body: text as it is, anything else as JSON. */
  private String text(Object value) {
    if (value instanceof String text) {
      return text;
    }
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new PluginException("The body cannot be written as JSON: " + e.getOriginalMessage());
    }
  }

  private Object parsed(OutboundHttp.Answer answer) {
    if (!answer.isJson() || answer.body().isBlank()) {
      return answer.body();
    }
    try {
      return json.readValue(answer.body(), Object.class);
    } catch (JsonProcessingException e) {
      return answer.body(); // says it is JSON but is not: the text is still worth having
    }
  }

  private static boolean looksLikeJson(String text) {
    String start = text.stripLeading();
    return start.startsWith("{") || start.startsWith("[");
  }
}
