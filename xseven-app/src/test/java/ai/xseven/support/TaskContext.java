package ai.xseven.support;

import ai.xseven.sdk.PluginContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A service task as a plugin sees it, without a process engine: variables and settings. */
public record TaskContext(String conversationId, String taskId, Map<String, Object> variables,
    Map<String, String> settings) implements PluginContext {

  public TaskContext {
    variables = new HashMap<>(variables);
    settings = Map.copyOf(settings);
  }

  @Override
  public Optional<String> businessId() {
    return variable("businessId", String.class);
  }

  @Override
  public <T> Optional<T> variable(String name, Class<T> type) {
    Object value = variables.get(name);
    return value == null ? Optional.empty() : Optional.of(type.cast(value));
  }

  @Override
  public Optional<String> text(String name) {
    return Optional.ofNullable(settings.get(name));
  }

  @Override
  public String secret(String field) {
    throw new AssertionError("No secrets in this test");
  }
}
