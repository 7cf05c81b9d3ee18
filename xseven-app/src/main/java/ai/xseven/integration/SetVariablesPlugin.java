package ai.xseven.integration;

import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The "set variables" mapper: a text of lines {@code name = value}, each written as a process
 * variable in order (a later line sees an earlier one). A value with {@code ${...}} in it is an
 * expression of the diagram's language, evaluated safely against the variables (see
 * {@link VariableExpressions}); anything else is a literal: {@code true}, {@code false},
 * {@code null}, a whole number, a decimal number, a quoted text, or the text as written.
 *
 * <p>The field is plain text, not an expression field: the delegate would evaluate the whole text
 * at once, and a variable holding a line break could then write variables the analyst never
 * named. Its form is checked at deploy, so a malformed line refuses the diagram with the task
 * named. {@code businessId}, {@code channel} and {@code actor} cannot be set: they decide whom the
 * conversation speaks for and what its agents may do.
 *
 * <p>A result the engine cannot store (a map, a list, an object) lives for the rest of the turn.
 */
@Component
class SetVariablesPlugin implements ServiceTaskPlugin {

  static final String LINES = "(?:[ \\t]*(?:#[^\\r\\n]*|(?!(?:businessId|channel|actor)[ \\t]*=)"
      + "[A-Za-z_][A-Za-z0-9_]*[ \\t]*=[ \\t]*[^ \\t\\r\\n][^\\r\\n]*)?[ \\t]*(?:\\r?\\n|$))*";

  private static final Pattern LINE =
      Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*?)\\s*");
  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("setVariables")
        .name("Set variables")
        .description("Sets process variables, one per line: name = value, where the value is a "
            + "literal (42, 9.5, true, 'text') or an expression such as ${price * quantity}.")
        .input(InputField.text("assignments").label("Assignments").required().maxLength(10_000)
            .pattern(LINES)
            .description("One per line: name = value; # starts a comment. businessId, channel "
                + "and actor cannot be set."))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    PluginResult.Builder result = PluginResult.builder();
    Map<String, Object> written = new HashMap<>();
    for (String line : context.text("assignments").orElseThrow().split("\\R")) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      Matcher assignment = LINE.matcher(line);
      if (!assignment.matches()) {
        throw new PluginException("Task " + context.taskId() + ": '" + line.strip()
            + "' is not name = value");
      }
      String name = assignment.group(1);
      Object value = value(assignment.group(2), name, written, context);
      written.put(name, value);
      if (storable(value)) {
        result.output(name, value);
      } else {
        result.turnOutput(name, value);
      }
    }
    return result.build();
  }

  private static Object value(String text, String name, Map<String, Object> written,
      PluginContext context) {
    if (text.contains("${")) {
      try {
        return simple(VariableExpressions.evaluate(text, variable -> written.containsKey(variable)
            ? written.get(variable) : context.variable(variable, Object.class).orElse(null)));
      } catch (IllegalArgumentException e) {
        throw new PluginException("Task " + context.taskId() + ": the value of " + name + " ("
            + text + ") cannot be evaluated: " + e.getMessage());
      }
    }
    return literal(text);
  }

  static Object literal(String text) {
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    if (text.equals("null")) {
      return null;
    }
    if (WHOLE.matcher(text).matches()) {
      return Long.valueOf(text);
    }
    if (DECIMAL.matcher(text).matches()) {
      return Double.valueOf(text);
    }
    if (text.length() >= 2 && (text.startsWith("'") && text.endsWith("'")
        || text.startsWith("\"") && text.endsWith("\""))) {
      return text.substring(1, text.length() - 1);
    }
    return text;
  }

  /** Numbers the engine cannot store as they are become the nearest it can. */
  private static Object simple(Object value) {
    if (value instanceof Float small) {
      return small.doubleValue();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.doubleValue();
    }
    if (value instanceof BigInteger whole) {
      return whole.bitLength() < 64 ? (Object) whole.longValue() : whole.doubleValue();
    }
    return value;
  }

  private static boolean storable(Object value) {
    return value == null || value instanceof String || value instanceof Boolean
        || value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Double || value instanceof Date;
  }
}
