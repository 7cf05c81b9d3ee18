package ai.xseven.plugin;

import java.util.Optional;

/** What a plugin sees of the process instance that runs it. */
public interface PluginContext {

  /** The conversation (process business key) this task runs for. */
  String conversationId();

  /** The BPMN element id of the running task, e.g. {@code Task_ClassifyIntent}. */
  String taskId();

  <T> Optional<T> input(String name, Class<T> type);

  /** A declared required input; a missing one is a modelling error reported with the task id. */
  default <T> T require(String name, Class<T> type) {
    return input(name, type)
        .orElseThrow(
            () ->
                new PluginException(
                    "Task " + taskId() + " needs the process variable '" + name + "'"));
  }
}
