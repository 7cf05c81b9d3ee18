package ai.xseven.plugin;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One run of a plugin, from a BPMN task or from an agent's tool call.
 *
 * @param fields the input fields' values: text as written on the task, an expression's result
 * @param variables reads a process variable; a tool call reads none but the business
 */
public record PluginCall(String conversationId, String businessId, String taskId,
    Map<String, Object> fields, Function<String, Object> variables) {

  public Optional<String> business() {
    return Optional.ofNullable(businessId);
  }
}
