package ai.xseven.plugin;

import ai.xseven.sdk.FieldType;
import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.Variable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An installed plugin as the catalog shows it: its declaration with every value spelled out for
 * a reader (the studio, {@code GET /api/v1/plugins}, the derived documentation).
 *
 * @param origin {@value #BUILT_IN}, or the file name of the jar it came from
 * @param timeout ISO-8601, e.g. {@code PT30S}
 */
public record PluginEntry(String id, String version, String name, String description,
    boolean agentTool, String origin, String timeout, List<Field> inputs, List<Value> reads,
    List<Value> outputs) {

  public static final String BUILT_IN = "built-in";

  static PluginEntry of(InstalledPlugin installed) {
    PluginDefinition definition = installed.definition();
    return new PluginEntry(definition.id(), definition.version(), definition.name(),
        definition.description(), definition.agentTool(),
        installed.builtIn() ? BUILT_IN : installed.jar().getFileName().toString(),
        definition.timeout().toString(), definition.inputs().stream().map(Field::of).toList(),
        definition.reads().stream().map(Value::of).toList(),
        definition.outputs().stream().map(Value::of).toList());
  }

  public boolean builtIn() {
    return BUILT_IN.equals(origin);
  }

  /**
   * An input field.
   *
   * @param type text, number, boolean, enum, expression or secret
   * @param constraints what a value must be, in words: "one of a, b", "at least 1", … (empty when
   *     anything goes)
   */
  public record Field(String name, String label, String type, boolean required,
      String defaultValue, String description, List<String> choices, BigDecimal min,
      BigDecimal max, String pattern, Integer maxLength, List<String> constraints) {

    static Field of(InputField input) {
      return new Field(input.name(), input.label(), input.type().name().toLowerCase(),
          input.required(), input.defaultValue(), input.description(), input.choices(),
          input.min(), input.max(), input.pattern(),
          input.maxLength() > 0 ? input.maxLength() : null, constraints(input));
    }

    private static List<String> constraints(InputField input) {
      List<String> constraints = new ArrayList<>();
      switch (input.type()) {
        case ENUM -> constraints.add("one of " + String.join(", ", input.choices()));
        case BOOLEAN -> constraints.add("true or false");
        case SECRET -> constraints.add("the name of a secret, never the secret itself");
        case EXPRESSION -> constraints.add("evaluated when the task runs, e.g. ${name}");
        default -> { }
      }
      if (input.min() != null) {
        constraints.add("at least " + plain(input.min()));
      }
      if (input.max() != null) {
        constraints.add("at most " + plain(input.max()));
      }
      if (input.maxLength() > 0) {
        constraints.add("at most " + input.maxLength() + " characters");
      }
      if (input.pattern() != null && input.type() == FieldType.TEXT) {
        constraints.add("matches " + input.pattern());
      }
      return constraints;
    }

    private static String plain(BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
  }

  /**
   * A process variable the plugin reads or writes.
   *
   * @param type the Java type's simple name, e.g. {@code String}
   * @param required read: the plugin fails without it; written: always set
   */
  public record Value(String name, String type, boolean required, String description) {

    static Value of(Variable variable) {
      return new Value(variable.name(), variable.type().getSimpleName(), variable.required(),
          variable.description() == null ? "" : variable.description());
    }
  }
}
