package ai.xseven.process;

import ai.xseven.plugin.InstalledPlugin;
import ai.xseven.plugin.PluginRegistry;
import ai.xseven.sdk.FieldType;
import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.Variable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * One Camunda 7 element template per installed plugin, derived from its definition so the modeler
 * never offers a plugin that is not there nor misses one that is. Applying a template turns a
 * service task into a call of the plugin: {@code ${plugin}} as delegate expression, the plugin's
 * id as the {@code plugin} property, and a typed, constrained field per input.
 */
@Component
class PluginElementTemplates {

  static final String SCHEMA =
      "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
  static final String ID_PREFIX = "ai.xseven.plugin.";
  private static final String NUMBER = "^-?\\d+(\\.\\d+)?$";

  private final PluginRegistry plugins;

  PluginElementTemplates(PluginRegistry plugins) {
    this.plugins = plugins;
  }

  List<Map<String, Object>> all() {
    return plugins.all().stream().map(InstalledPlugin::definition)
        .map(PluginElementTemplates::template).toList();
  }

  static Map<String, Object> template(PluginDefinition plugin) {
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("$schema", SCHEMA);
    template.put("id", ID_PREFIX + plugin.id());
    template.put("name", "Plugin: " + plugin.id());
    template.put("version", templateVersion(plugin.version()));
    template.put("description", plugin.name() + " " + plugin.version() + ". "
        + plugin.description() + variables(" Reads ", plugin.reads())
        + variables(" Writes ", plugin.outputs())
        + (plugin.agentTool() ? " Agents may call it as a tool." : ""));
    template.put("appliesTo", List.of("bpmn:ServiceTask"));
    template.put("properties", properties(plugin));
    return template;
  }

  /** Element templates take a whole number: 1.2.3 is 1002003, so later versions are larger. */
  static int templateVersion(String version) {
    String[] parts = version.split("\\.");
    return Integer.parseInt(parts[0]) * 1_000_000 + Integer.parseInt(parts[1]) * 1_000
        + Integer.parseInt(parts[2]);
  }

  /**
   * The process variables a plugin reads or writes, named in the description: they are not
   * template fields, since an input mapping would shadow the process variable for the task.
   */
  private static String variables(String verb, List<Variable> variables) {
    return variables.isEmpty() ? "" : verb + variables.stream()
        .map(variable -> variable.name() + (variable.required() ? "" : "?"))
        .collect(Collectors.joining(", ")) + ".";
  }

  private static List<Map<String, Object>> properties(PluginDefinition plugin) {
    List<Map<String, Object>> properties = new ArrayList<>();
    properties.add(hidden(DiagramValidator.PLUGIN_EXPRESSION,
        Map.of("type", "property", "name", "camunda:delegateExpression")));
    properties.add(hidden(plugin.id(),
        Map.of("type", "camunda:property", "name", PluginTaskDelegate.PLUGIN_PROPERTY)));
    plugin.inputs().forEach(input -> properties.add(field(input)));
    return properties;
  }

  private static Map<String, Object> hidden(String value, Map<String, Object> binding) {
    Map<String, Object> property = new LinkedHashMap<>();
    property.put("type", "Hidden");
    property.put("value", value);
    property.put("binding", binding);
    return property;
  }

  private static Map<String, Object> field(InputField input) {
    Map<String, Object> property = new LinkedHashMap<>();
    property.put("label", input.label());
    property.put("description", description(input));
    // A camunda:property binding takes String, Dropdown or Hidden only (the template loader
    // refuses the whole template otherwise), so long text and expressions are Strings too.
    property.put("type", input.type() == FieldType.ENUM || input.type() == FieldType.BOOLEAN
        ? "Dropdown" : "String");
    if (input.type() == FieldType.ENUM || input.type() == FieldType.BOOLEAN) {
      List<String> values = input.type() == FieldType.ENUM ? input.choices()
          : List.of("false", "true");
      List<Map<String, String>> choices = new ArrayList<>();
      if (!input.required()) {
        choices.add(Map.of("name", "(not set)", "value", ""));
      }
      values.forEach(value -> choices.add(Map.of("name", value, "value", value)));
      property.put("choices", choices);
    }
    if (input.defaultValue() != null) {
      property.put("value", input.defaultValue());
    }
    property.put("binding", Map.of("type", "camunda:property", "name", input.name()));
    Map<String, Object> constraints = constraints(input);
    if (!constraints.isEmpty()) {
      property.put("constraints", constraints);
    }
    return property;
  }

  private static String description(InputField input) {
    String hint = switch (input.type()) {
      case EXPRESSION -> " An expression such as ${customerName}, or text with expressions.";
      case SECRET -> " The name of a secret, never the secret itself.";
      case NUMBER -> (input.min() == null ? "" : " At least " + input.min().toPlainString() + ".")
          + (input.max() == null ? "" : " At most " + input.max().toPlainString() + ".");
      default -> "";
    };
    return input.description() + hint + (input.required() ? "" : " Optional.");
  }

  private static Map<String, Object> constraints(InputField input) {
    Map<String, Object> constraints = new LinkedHashMap<>();
    if (input.required() && input.defaultValue() == null) {
      constraints.put("notEmpty", true);
    }
    if (input.maxLength() > 0) {
      constraints.put("maxLength", input.maxLength());
    }
    String pattern = switch (input.type()) {
      case NUMBER -> NUMBER;
      case SECRET -> "^" + InputField.SECRET_NAME.pattern() + "$";
      case TEXT -> input.pattern() == null ? null : "^(?:" + input.pattern() + ")$";
      default -> null;
    };
    if (pattern != null) {
      String optional = input.required() ? pattern : "^$|" + pattern;
      constraints.put("pattern", Map.of("value", optional,
          "message", input.type() == FieldType.SECRET ? "The name of a secret."
              : input.type() == FieldType.NUMBER ? "A number." : "Not the expected form."));
    }
    return constraints;
  }
}
