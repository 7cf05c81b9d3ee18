package ai.xseven.plugin;

import ai.xseven.sdk.BusinessError;
import ai.xseven.sdk.FieldType;
import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.TurnValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Plugins as agent tools. A plugin whose definition says {@code agentTool()} gets a langchain4j
 * {@link ToolSpecification} derived from its input fields, and a tool call runs it through the
 * {@link PluginRunner} like a BPMN task would, with the task id {@code agent-tool}. What the model
 * may not do is decided here, not by the model: a plugin not marked as a tool, or one the
 * business's {@link PluginPolicy} refuses, is never run; secret fields are never parameters (the
 * field's default secret applies), so a model cannot name a secret; and the plugin sees no process
 * variable but {@code businessId} and {@code conversationId}.
 */
@Component
public class PluginTools {

  /** The task id a plugin sees when an agent called it. */
  public static final String TASK_ID = "agent-tool";

  private static final Logger log = LoggerFactory.getLogger(PluginTools.class);

  // The registry holds every plugin bean, the agent's among them, which use this class: looked
  // up when first needed, not at construction.
  private final ObjectProvider<PluginRegistry> registry;
  private final PluginRunner runner;
  private final PluginPolicy policy;
  private final ObjectMapper json;

  PluginTools(ObjectProvider<PluginRegistry> registry, PluginRunner runner, PluginPolicy policy,
      ObjectMapper json) {
    this.registry = registry;
    this.runner = runner;
    this.policy = policy;
    this.json = json;
  }

  /** What became of one tool call. */
  public enum Outcome {
    /** The plugin ran; its answer may still be a business error such as "not found". */
    RAN,
    /** Not a tool for this business: not installed as a tool, or refused by the policy. */
    REFUSED,
    /** The plugin failed: a field the model got wrong, or a technical failure. */
    FAILED
  }

  /** @param text what the model is told */
  public record Answer(Outcome outcome, String text) {}

  /**
   * The tool specification of a plugin marked as a tool: the plugin id as name, its description,
   * and one parameter per input field but secrets — text, expression (a string the model writes),
   * number, boolean or one of an enum's choices — required when the field is required and has no
   * default.
   *
   * @throws IllegalArgumentException when the plugin is not marked as an agent tool
   */
  public static ToolSpecification specification(PluginDefinition definition) {
    if (!definition.agentTool()) {
      throw new IllegalArgumentException("Plugin " + definition.id()
          + " is not marked as an agent tool");
    }
    JsonObjectSchema.Builder parameters = JsonObjectSchema.builder();
    List<String> required = new ArrayList<>();
    for (InputField field : definition.inputs()) {
      if (field.type() == FieldType.SECRET) {
        continue;
      }
      String description = describe(field);
      switch (field.type()) {
        case NUMBER -> parameters.addNumberProperty(field.name(), description);
        case BOOLEAN -> parameters.addBooleanProperty(field.name(), description);
        case ENUM -> parameters.addEnumProperty(field.name(), field.choices(), description);
        default -> parameters.addStringProperty(field.name(), description);
      }
      if (field.required() && field.defaultValue() == null) {
        required.add(field.name());
      }
    }
    return ToolSpecification.builder()
        .name(definition.id())
        .description(definition.description().isBlank() ? definition.name()
            : definition.name() + ": " + definition.description())
        .parameters(parameters.required(required).build())
        .build();
  }

  private static String describe(InputField field) {
    StringBuilder text = new StringBuilder(field.label());
    if (!field.description().isBlank()) {
      text.append(": ").append(field.description());
    }
    if (field.defaultValue() != null) {
      text.append(" (default ").append(field.defaultValue()).append(')');
    }
    if (field.min() != null || field.max() != null) {
      text.append(" (from ").append(field.min() == null ? "any" : field.min().toPlainString())
          .append(" to ").append(field.max() == null ? "any" : field.max().toPlainString())
          .append(')');
    }
    return text.toString();
  }

  /**
   * The plugin of that id when a business's agent may be offered it: installed, marked as an agent
   * tool and allowed by the policy.
   *
   * @param businessId null for a conversation with no business
   */
  public Optional<InstalledPlugin> offerable(String id, String businessId) {
    return registry.getObject().find(id)
        .filter(plugin -> plugin.definition().agentTool())
        .filter(plugin -> policy.check(businessId, plugin).allowed());
  }

  /** Whether a plugin of that id is installed, tool or not. */
  public boolean installed(String id) {
    return registry.getObject().find(id).isPresent();
  }

  /** The ids of the installed plugins marked as agent tools. */
  public List<String> toolIds() {
    return registry.getObject().all().stream()
        .filter(plugin -> plugin.definition().agentTool()).map(InstalledPlugin::id).toList();
  }

  /**
   * Runs the tool call {@code id(arguments)} for a conversation. Every outcome is a sentence for
   * the model, never an exception: a plugin that is not an offerable tool does not run.
   *
   * @param arguments the model's arguments, a JSON object
   */
  public Answer call(String id, String arguments, String conversationId, String businessId) {
    Optional<InstalledPlugin> found = offerable(id, businessId);
    if (found.isEmpty()) {
      return new Answer(Outcome.REFUSED, "The tool " + id + " is not available here.");
    }
    InstalledPlugin plugin = found.get();
    Map<String, Object> fields;
    try {
      fields = fields(plugin.definition(), arguments);
    } catch (IllegalArgumentException unreadable) {
      return new Answer(Outcome.FAILED, "The tool " + id + " could not run: "
          + unreadable.getMessage());
    }
    PluginCall call = new PluginCall(conversationId, businessId, TASK_ID, fields,
        name -> switch (name) {
          case "businessId" -> businessId;
          case "conversationId" -> conversationId;
          default -> null;
        });
    try {
      return new Answer(Outcome.RAN, text(runner.run(plugin, call)));
    } catch (BusinessError error) {
      return new Answer(Outcome.RAN, "The tool " + id + " answered " + error.code() + ": "
          + error.getMessage());
    } catch (PluginException failure) {
      return new Answer(Outcome.FAILED, "The tool " + id + " could not run: "
          + failure.getMessage());
    } catch (RuntimeException failure) {
      log.warn("Plugin tool {} failed in conversation {}", id, conversationId, failure);
      return new Answer(Outcome.FAILED, "The tool " + id + " could not run just now.");
    }
  }

  /** The declared, non-secret fields the model gave, as text the runner checks. */
  private Map<String, Object> fields(PluginDefinition definition, String arguments) {
    JsonNode given;
    try {
      given = json.readTree(arguments == null || arguments.isBlank() ? "{}" : arguments);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the arguments are not a JSON object.");
    }
    if (!given.isObject()) {
      throw new IllegalArgumentException("the arguments are not a JSON object.");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (InputField field : definition.inputs()) {
      JsonNode value = given.get(field.name());
      if (field.type() == FieldType.SECRET || value == null || value.isNull()) {
        continue;
      }
      fields.put(field.name(), value.isNumber() ? value.decimalValue().toPlainString()
          : value.isValueNode() ? value.asText() : value.toString());
    }
    return fields;
  }

  /** The replies, then the outputs as JSON; what a task would have said and written. */
  private String text(PluginResult result) {
    List<String> parts = new ArrayList<>(result.replies());
    Map<String, Object> outputs = new LinkedHashMap<>();
    result.outputs().forEach((name, value) ->
        outputs.put(name, value instanceof TurnValue turn ? turn.value() : value));
    if (!outputs.isEmpty()) {
      try {
        parts.add(json.writeValueAsString(outputs));
      } catch (JsonProcessingException e) {
        parts.add(outputs.toString());
      }
    }
    return parts.isEmpty() ? "Done." : String.join("\n", parts);
  }
}
