package ai.xseven.plugin;

import java.util.Optional;

/** What a plugin sees of the process instance that runs it. */
public interface PluginContext {

  /** The conversation (process business key) this task runs for. */
  String conversationId();

  /** The BPMN element id of the running task, e.g. {@code Task_ClassifyIntent}. */
  String taskId();

  <T> Optional<T> input(String name, Class<T> type);

  /**
   * A setting of this task in the diagram: one of its {@code camunda:property} entries other than
   * {@code plugin} (e.g. {@code agent=restaurant}). Unlike inputs, settings are fixed when the
   * diagram is deployed; the process cannot change them. Empty when the task does not set it.
   */
  default Optional<String> setting(String name) {
    return Optional.empty();
  }

  /** A declared required input; a missing one is a modelling error reported with the task id. */
  default <T> T require(String name, Class<T> type) {
    return input(name, type)
        .orElseThrow(
            () ->
                new PluginException(
                    "Task " + taskId() + " needs the process variable '" + name + "'"));
  }
}
