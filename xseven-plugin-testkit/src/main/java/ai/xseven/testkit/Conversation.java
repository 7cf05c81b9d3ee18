package ai.xseven.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A customer's conversation with a {@link PlatformHarness}, over the public HTTP API: what the
 * customer says and what the assistant answers; the process behind it for what a test checks.
 */
public final class Conversation {

  private final PlatformHarness platform;
  private final HttpJson http;
  private final String id;
  private final List<String> opening;

  Conversation(PlatformHarness platform, HttpJson http, String id, List<String> opening) {
    this.platform = platform;
    this.http = http;
    this.id = id;
    this.opening = List.copyOf(opening);
  }

  public String id() {
    return id;
  }

  /** The replies the diagram gave when the conversation started, before any message. */
  public List<String> opening() {
    return opening;
  }

  /**
   * Sends the customer's message; the replies of that turn, in order, as the answer to the POST
   * gives them (what the widget shows).
   */
  public List<String> say(String text) {
    JsonNode answer = http.post("/api/v1/conversations/" + id + "/messages",
        Map.of("text", text, "clientMessageId", UUID.randomUUID().toString()));
    List<String> replies = new ArrayList<>();
    for (JsonNode message : answer.path("messages")) {
      if (!"user".equals(message.path("role").asText())) {
        replies.add(message.path("text").asText());
      }
    }
    return replies;
  }

  /** Where the process waits now (the BPMN element ids); empty once it has ended. */
  public List<String> position() {
    List<String> active = new ArrayList<>();
    http.get("/api/v1/conversations/" + id).path("activeActivities")
        .forEach(activity -> active.add(activity.asText()));
    return active;
  }

  /** OPEN, ESCALATED (staff have it) or CLOSED (the process has ended). */
  public String status() {
    return http.get("/api/v1/conversations/" + id).path("status").asText();
  }

  /** The process variables now; empty once the process has ended. */
  public Map<String, Object> variables() {
    return instance().map(instance -> runtime().getVariables(instance.getId()))
        .orElse(Map.of());
  }

  public Optional<Object> variable(String name) {
    return Optional.ofNullable(variables().get(name));
  }

  private Optional<ProcessInstance> instance() {
    return Optional.ofNullable(runtime().createProcessInstanceQuery()
        .processInstanceBusinessKey(id).singleResult());
  }

  private RuntimeService runtime() {
    return platform.bean(RuntimeService.class);
  }

  /** What the transcript holds after the customer's last message (all of it before the first). */
  static List<String> repliesSinceLastMessage(HttpJson http, String id) {
    List<String> replies = new ArrayList<>();
    for (JsonNode message : http.get("/api/v1/conversations/" + id).path("messages")) {
      if ("user".equals(message.path("role").asText())) {
        replies.clear();
      } else {
        replies.add(message.path("text").asText());
      }
    }
    return replies;
  }
}
