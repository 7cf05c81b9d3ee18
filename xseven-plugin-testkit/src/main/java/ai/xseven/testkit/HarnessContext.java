package ai.xseven.testkit;

import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The context a plugin sees under {@link PluginHarness}, with the platform's sentences. */
record HarnessContext(String conversationId, String business, String taskId,
    Map<String, Object> fields, Map<String, Object> variables, Map<String, String> secrets)
    implements PluginContext {

  @Override
  public Optional<String> businessId() {
    return Optional.ofNullable(business);
  }

  @Override
  public Optional<String> text(String field) {
    return value(field).map(Object::toString).map(String::strip)
        .filter(value -> !value.isEmpty());
  }

  @Override
  public Optional<Object> value(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  @Override
  public String secret(String field) {
    String name = text(field).orElseThrow(() -> new PluginException(
        "Task " + taskId + " names no secret in '" + field + "'"));
    String value = secrets.get(name);
    if (value == null) {
      throw new PluginException("The secret '" + name + "' is not defined: set the environment "
          + "variable XSEVEN_SECRET_" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_")
          + " or store it in the studio.");
    }
    return value;
  }

  @Override
  public <T> Optional<T> variable(String name, Class<T> type) {
    Object value = variables.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (type == String.class && !(value instanceof String)) {
      return Optional.of(type.cast(value.toString()));
    }
    return Optional.of(type.cast(value));
  }
}
