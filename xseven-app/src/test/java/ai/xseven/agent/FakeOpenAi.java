package ai.xseven.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local server that speaks the OpenAI chat-completions protocol ({@code POST
 * /v1/chat/completions}), answering each model as the test scripts it. It records every request.
 */
final class FakeOpenAi implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the server sends back: status, body and how long it waits first. */
  record Reply(int status, String body, Duration delay) {}

  private final HttpServer server;
  private final Map<String, Function<JsonNode, Reply>> scripts = new ConcurrentHashMap<>();
  private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

  private FakeOpenAi(HttpServer server) {
    this.server = server;
  }

  static FakeOpenAi start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FakeOpenAi fake = new FakeOpenAi(server);
      server.createContext("/v1/chat/completions", fake::handle);
      server.setExecutor(Executors.newCachedThreadPool());
      server.start();
      return fake;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String baseUrl() {
    return "http://localhost:" + server.getAddress().getPort() + "/v1";
  }

  /** How the server answers requests for {@code model}, given the request's JSON. */
  void script(String model, Function<JsonNode, Reply> script) {
    scripts.put(model, script);
  }

  List<JsonNode> requests() {
    return requests;
  }

  List<JsonNode> requestsFor(String model) {
    return requests.stream().filter(request -> model.equals(request.path("model").asText()))
        .toList();
  }

  void reset() {
    scripts.clear();
    requests.clear();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  // Replies, as OpenAI sends them.

  static Reply answer(String model, String text, int promptTokens, int completionTokens) {
    ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", text);
    return ok(completion(model, message, "stop", promptTokens, completionTokens));
  }

  static Reply toolCall(String model, String tool, String arguments, int promptTokens,
      int completionTokens) {
    ObjectNode message = JSON.createObjectNode().put("role", "assistant").putNull("content");
    ArrayNode calls = message.putArray("tool_calls");
    calls.addObject().put("id", "call_1").put("type", "function").putObject("function")
        .put("name", tool).put("arguments", arguments);
    return ok(completion(model, message, "tool_calls", promptTokens, completionTokens));
  }

  static Reply contentFilter(String model, int promptTokens) {
    ObjectNode message = JSON.createObjectNode().put("role", "assistant").putNull("content");
    return ok(completion(model, message, "content_filter", promptTokens, 0));
  }

  static Reply malformed() {
    return new Reply(200, "{\"id\": \"chatcmpl-9\", \"choices\": [{\"message\": {\"role\": ", Duration.ZERO);
  }

  static Reply rateLimited() {
    return new Reply(429, "{\"error\": {\"message\": \"Rate limit reached for requests\", "
        + "\"type\": \"requests\", \"code\": \"rate_limit_exceeded\"}}", Duration.ZERO);
  }

  static Reply slow(Reply reply, Duration delay) {
    return new Reply(reply.status(), reply.body(), delay);
  }

  /** The last message of a request, e.g. {@code {"role": "tool", "content": ...}}. */
  static JsonNode lastMessage(JsonNode request) {
    JsonNode messages = request.path("messages");
    return messages.get(messages.size() - 1);
  }

  private static Reply ok(ObjectNode body) {
    return new Reply(200, body.toString(), Duration.ZERO);
  }

  private static ObjectNode completion(String model, ObjectNode message, String finishReason,
      int promptTokens, int completionTokens) {
    ObjectNode body = JSON.createObjectNode()
        .put("id", "chatcmpl-" + System.nanoTime())
        .put("object", "chat.completion")
        .put("created", System.currentTimeMillis() / 1000)
        .put("model", model);
    body.putArray("choices").addObject().put("index", 0).put("finish_reason", finishReason)
        .set("message", message);
    body.putObject("usage").put("prompt_tokens", promptTokens)
        .put("completion_tokens", completionTokens)
        .put("total_tokens", promptTokens + completionTokens);
    return body;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode request = JSON.readTree(exchange.getRequestBody());
      requests.add(request);
      Function<JsonNode, Reply> script = scripts.get(request.path("model").asText());
      Reply reply = script == null
          ? new Reply(404, "{\"error\": {\"message\": \"no such model\"}}", Duration.ZERO)
          : script.apply(request);
      if (!reply.delay().isZero()) {
        try {
          Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      } catch (IOException clientGone) {
        // The client timed out and closed the connection; nothing to tell it.
      }
    }
  }
}
