package ai.xseven.sdk;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a plugin sees when it runs: its input fields (already checked against the definition, with
 * expressions evaluated and defaults applied), the process variables, and its secrets.
 */
public interface PluginContext {

  /** The conversation (process business key) this task runs for. */
  String conversationId();

  /** The business the conversation belongs to, when it has one (not the comparison chat). */
  Optional<String> businessId();

  /**
   * The BPMN element id of the running task, e.g. {@code Task_ClassifyIntent}, or
   * {@code agent-tool} when an agent called the plugin.
   */
  String taskId();

  /** An input field's value as text; empty when the task leaves it blank. */
  Optional<String> text(String field);

  /** An input field's value as it came: an expression's result keeps its type. */
  default Optional<Object> value(String field) {
    return text(field).map(Object.class::cast);
  }

  /** A {@link FieldType#NUMBER} field's value. */
  default Optional<BigDecimal> number(String field) {
    return text(field).map(BigDecimal::new);
  }

  /** A {@link FieldType#BOOLEAN} field's value; false when blank. */
  default boolean flag(String field) {
    return text(field).map(Boolean::parseBoolean).orElse(false);
  }

  /**
   * The secret a {@link FieldType#SECRET} field names, resolved for this business; a missing
   * secret is a {@link PluginException} that names the secret, never its value.
   */
  String secret(String field);

  /** A process variable; a plugin called by an agent sees only {@code businessId}. */
  <T> Optional<T> variable(String name, Class<T> type);

  /** A process variable the task needs; a missing one is a modelling error naming the task. */
  default <T> T require(String name, Class<T> type) {
    return variable(name, type).orElseThrow(() -> new PluginException(
        "Task " + taskId() + " needs the process variable '" + name + "'"));
  }
}
