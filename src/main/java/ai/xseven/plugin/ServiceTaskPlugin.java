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

  PluginResult execute(PluginContext context);
}
