package ai.xseven.process;

import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginRegistry;
import ai.xseven.plugin.ServiceTaskPlugin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * One Camunda 7 element template per installed plugin, generated from the plugin's own
 * description so the modeler never offers a plugin that is not there nor misses one that is.
 * Applying a template turns a service task into a call of the plugin: {@code ${plugin}} as
 * delegate expression, the plugin's name as the {@code plugin} property, and a field per setting.
 */
@Component
class PluginElementTemplates {

  static final String SCHEMA =
      "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
  static final String ID_PREFIX = "ai.xseven.plugin.";

  private final PluginRegistry plugins;

  PluginElementTemplates(PluginRegistry plugins) {
    this.plugins = plugins;
  }

  List<Map<String, Object>> all() {
    return plugins.all().stream()
        .sorted(Comparator.comparing(ServiceTaskPlugin::name))
        .map(PluginElementTemplates::template)
        .toList();
  }

  static Map<String, Object> template(ServiceTaskPlugin plugin) {
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("$schema", SCHEMA);
    template.put("id", ID_PREFIX + plugin.name());
    template.put("name", "Plugin: " + plugin.name());
    template.put("version", 1);
    template.put("description", plugin.description() + variables(" Reads ", plugin.inputs())
        + variables(" Writes ", plugin.outputs()));
    template.put("appliesTo", List.of("bpmn:ServiceTask"));
    template.put("properties", properties(plugin));
    return template;
  }

  /**
   * The process variables a plugin reads or writes, named in the description: they are not
   * template fields, since an input mapping would shadow the process variable for the task.
   */
  private static String variables(String verb, List<PluginParameter> parameters) {
    return parameters.isEmpty() ? "" : verb + parameters.stream()
        .map(parameter -> parameter.name() + (parameter.required() ? "" : "?"))
        .collect(java.util.stream.Collectors.joining(", ")) + ".";
  }

  private static List<Map<String, Object>> properties(ServiceTaskPlugin plugin) {
    List<Map<String, Object>> properties = new ArrayList<>();
    properties.add(hidden(DiagramValidator.PLUGIN_EXPRESSION,
        Map.of("type", "property", "name", "camunda:delegateExpression")));
    properties.add(hidden(plugin.name(),
        Map.of("type", "camunda:property", "name", PluginTaskDelegate.PLUGIN_PROPERTY)));
    for (PluginParameter setting : plugin.settings()) {
      Map<String, Object> field = field(setting,
          Map.of("type", "camunda:property", "name", setting.name()));
      if (setting.required()) {
        field.put("constraints", Map.of("notEmpty", true));
      } else if (Number.class.isAssignableFrom(setting.type())) {
        field.put("constraints", Map.of("pattern",
            Map.of("value", "^\\d*$", "message", "A whole number, or empty.")));
      }
      properties.add(field);
    }
    return properties;
  }

  private static Map<String, Object> hidden(String value, Map<String, Object> binding) {
    Map<String, Object> property = new LinkedHashMap<>();
    property.put("type", "Hidden");
    property.put("value", value);
    property.put("binding", binding);
    return property;
  }

  private static Map<String, Object> field(PluginParameter parameter,
      Map<String, Object> binding) {
    Map<String, Object> property = new LinkedHashMap<>();
    property.put("label", parameter.name());
    property.put("description", parameter.description()
        + (parameter.required() ? "" : " Optional."));
    property.put("type", "String");
    property.put("binding", binding);
    return property;
  }
}
