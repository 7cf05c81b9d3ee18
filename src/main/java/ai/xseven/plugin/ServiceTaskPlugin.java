package ai.xseven.plugin;

import java.util.List;

/**
 * A unit of work that a BPMN service task runs by name. Plugins are Spring beans; the one generic
 * Camunda delegate looks them up in the {@link PluginRegistry} so that a diagram never names a Java
 * class.
 */
public interface ServiceTaskPlugin {

  /** The name a diagram uses to call this plugin, e.g. {@code classifyIntent}. */
  String name();

  /** One sentence for the analyst who places the task. */
  String description();

  /** The process variables this plugin reads. */
  List<PluginParameter> inputs();

  /** The process variables this plugin may write. */
  List<PluginParameter> outputs();

  /**
   * The task's settings: {@code camunda:property} entries on the task, fixed when the diagram is
   * deployed and read through {@link PluginContext#setting}. The studio offers them as fields of
   * the plugin's element template and refuses to deploy a task that lacks a required one.
   */
  default List<PluginParameter> settings() {
    return List.of();
  }

  PluginResult execute(PluginContext context);
}
