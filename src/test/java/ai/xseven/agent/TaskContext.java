package ai.xseven.agent;

import ai.xseven.plugin.PluginContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A service task as a plugin sees it, without a process engine: variables and settings. */
record TaskContext(String conversationId, String taskId, Map<String, Object> variables,
    Map<String, String> settings) implements PluginContext {

  TaskContext {
    variables = new HashMap<>(variables);
    settings = Map.copyOf(settings);
  }

  @Override
  public <T> Optional<T> input(String name, Class<T> type) {
    Object value = variables.get(name);
    return value == null ? Optional.empty() : Optional.of(type.cast(value));
  }

  @Override
  public Optional<String> setting(String name) {
    return Optional.ofNullable(settings.get(name));
  }
}
