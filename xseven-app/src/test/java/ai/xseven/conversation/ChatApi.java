package ai.xseven.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The public HTTP API as a test (or the widget) uses it. */
public class ChatApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final TestRestTemplate http;

  public ChatApi(TestRestTemplate http) {
    this.http = http;
  }

  public record Reply(int status, JsonNode body, HttpHeaders headers) {
    public String text() {
      StringBuilder all = new StringBuilder();
      body.path("messages").forEach(m -> all.append(m.path("text").asText()).append('\n'));
      return all.toString();
    }

    public String stage() {
      return body.path("stage").asText();
    }
  }

  public String start(UUID businessId) {
    Reply reply = call(HttpMethod.POST, "/api/v1/conversations",
        Map.of("businessId", businessId.toString(), "channel", "dedicated"));
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
    return reply.body().path("conversationId").asText();
  }

  public Reply say(String conversationId, String text) {
    return say(conversationId, text, UUID.randomUUID().toString());
  }

  public Reply say(String conversationId, String text, String clientMessageId) {
    Reply reply = call(HttpMethod.POST, "/api/v1/conversations/" + conversationId + "/messages",
        Map.of("text", text, "clientMessageId", clientMessageId));
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    return reply;
  }

  public Reply get(String path) {
    return call(HttpMethod.GET, path, null);
  }

  public Reply call(HttpMethod method, String path, Object body) {
    return call(method, path, body, Map.of());
  }

  public Reply call(HttpMethod method, String path, Object body, Map<String, String> extra) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    extra.forEach(headers::set);
    try {
      Object payload = body instanceof String raw ? raw : body == null ? null : JSON.writeValueAsString(body);
      ResponseEntity<String> response =
          http.exchange(path, method, new HttpEntity<>(payload, headers), String.class);
      String text = response.getBody();
      return new Reply(response.getStatusCode().value(),
          text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text),
          response.getHeaders());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
