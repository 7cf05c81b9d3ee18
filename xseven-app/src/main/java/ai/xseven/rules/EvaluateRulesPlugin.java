package ai.xseven.rules;

import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import ai.xseven.sdk.Variable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Runs the active version of a named rule set on facts taken from process variables, and writes
 * its decision. A rule set matches facts by type, so each fact is named with the type the DRL
 * imports ({@code PriceChange = proposedPrice}): the variable holds a map or a JSON object with
 * that type's fields (or an object of the type itself). A type the rule set does not import, or a
 * field the type does not have, fails the task with a sentence listing what the rule set accepts:
 * a fact the rules would never match is never silently ignored.
 */
@Component
class EvaluateRulesPlugin implements ServiceTaskPlugin {

  /** Lines {@code TypeName = variableName}; blank lines and {@code #} comments allowed. */
  static final String FACT_LINES = "(?:[ \\t]*(?:#[^\\r\\n]*|[A-Z][A-Za-z0-9_]*[ \\t]*=[ \\t]*"
      + "[A-Za-z_][A-Za-z0-9_]*)?[ \\t]*(?:\\r?\\n|$))*";

  private final ActiveRuleSets active;
  private final RuleProperties properties;
  private final ObjectMapper json;

  EvaluateRulesPlugin(ActiveRuleSets active, RuleProperties properties, ObjectMapper json) {
    this.active = active;
    this.properties = properties;
    this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("evaluateRules")
        .name("Evaluate rules")
        .description("Runs a rule set on facts from process variables and writes its decision "
            + "(ALLOW, REDACT, REGENERATE, BLOCK or ESCALATE), the reasons and the values its "
            + "rules set.")
        .input(InputField.text("ruleSet").label("Rule set").required()
            .pattern("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")
            .description("The rule set's name, e.g. menu-change-policy."))
        .input(InputField.text("facts").label("Facts").required().maxLength(4000)
            .pattern(FACT_LINES)
            .description("One fact per line, TypeName = variableName: the type the rule set "
                + "imports, and the variable holding its fields (a map or a JSON object)."))
        .input(InputField.text("resultPrefix").label("Result prefix").defaultValue("rule")
            .pattern("[a-z][A-Za-z0-9_]{0,40}")
            .description("The outputs are <prefix>Decision, <prefix>Reasons, <prefix>Fired and "
                + "<prefix>Values."))
        .writes(List.of(
            Variable.required("ruleDecision", String.class,
                "ALLOW, REDACT, REGENERATE, BLOCK or ESCALATE (with the default prefix)."),
            Variable.required("ruleReasons", String.class,
                "The reasons given for the decision, one sentence each."),
            Variable.required("ruleFired", String.class, "The rules that fired, comma-separated."),
            Variable.required("ruleValues", Map.class,
                "The values the rules set (outcome.set), for the rest of the turn.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    String name = context.text("ruleSet").orElseThrow();
    CompiledRuleSet rules;
    try {
      rules = active.get(name);
    } catch (RuleSetException notFound) {
      throw new PluginException("Task " + context.taskId() + ": there is no active rule set '"
          + name + "'");
    }
    RuleResult result = RuleEngine.evaluate(rules, facts(rules, context),
        properties.maxFirings());
    String prefix = context.text("resultPrefix").orElse("rule");
    return PluginResult.builder()
        .output(prefix + "Decision", result.decision().name())
        .output(prefix + "Reasons", result.decisive().map(Reason::text)
            .collect(Collectors.joining(" ")))
        .output(prefix + "Fired", String.join(", ", result.fired()))
        .turnOutput(prefix + "Values", result.values())
        .build();
  }

  private Collection<Object> facts(CompiledRuleSet rules, PluginContext context) {
    List<Object> facts = new ArrayList<>();
    for (String line : context.text("facts").orElseThrow().split("\\R")) {
      String fact = line.strip();
      if (fact.isEmpty() || fact.startsWith("#")) {
        continue;
      }
      int equals = fact.indexOf('=');
      if (equals < 0) {
        throw new PluginException("Task " + context.taskId() + ": the fact line '" + fact
            + "' is not TypeName = variableName");
      }
      String typeName = fact.substring(0, equals).strip();
      String variable = fact.substring(equals + 1).strip();
      Class<?> type = rules.factTypes().get(typeName);
      if (type == null) {
        throw new PluginException("Task " + context.taskId() + ": rule set '" + rules.name()
            + "' takes no fact of type " + typeName + "; it takes "
            + String.join(", ", rules.factTypes().keySet()) + ".");
      }
      facts.add(fact(type, variable, context.require(variable, Object.class), context));
    }
    return facts;
  }

  private Object fact(Class<?> type, String variable, Object value, PluginContext context) {
    if (type.isInstance(value)) {
      return value;
    }
    try {
      Object fields = value instanceof String text ? json.readTree(text) : value;
      return json.convertValue(fields, type);
    } catch (JsonProcessingException | IllegalArgumentException unreadable) {
      String problem = unreadable instanceof JsonProcessingException parsing
          ? parsing.getOriginalMessage() : firstLine(unreadable.getMessage());
      throw new PluginException("Task " + context.taskId() + ": the variable '" + variable
          + "' does not hold the fields of a " + type.getSimpleName() + ": " + problem);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("")
        .replaceAll(" \\(class [^)]*\\)", "");
  }
}
