package ai.xseven.sdk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A typed value an analyst sets on a task that runs the plugin (or an agent passes when it calls
 * the plugin as a tool). Build one with {@link #text}, {@link #number}, {@link #bool},
 * {@link #choice}, {@link #expression} or {@link #secret}.
 *
 * @param name the key in the diagram and in {@link PluginContext}; letters and digits
 * @param label what the modeler shows
 * @param choices the allowed values of an {@link FieldType#ENUM} field
 * @param min the smallest allowed number, or null
 * @param max the largest allowed number, or null
 * @param pattern a regular expression the whole text must match, or null
 * @param maxLength the longest allowed text, 0 for no limit
 */
public record InputField(String name, String label, FieldType type, boolean required,
    String description, String defaultValue, List<String> choices, BigDecimal min,
    BigDecimal max, String pattern, int maxLength) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  /** How a secret is referenced: a name, never the secret's own characters. */
  public static final Pattern SECRET_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");

  public InputField {
    Objects.requireNonNull(type, "type");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("A field name is a letter then letters, digits or _: '"
          + name + "'");
    }
    label = label == null || label.isBlank() ? name : label;
    description = description == null ? "" : description;
    choices = List.copyOf(choices == null ? List.of() : choices);
    if (type == FieldType.ENUM && choices.isEmpty()) {
      throw new IllegalArgumentException("The choice field '" + name + "' has no choices");
    }
    if (pattern != null) {
      Pattern.compile(pattern);
    }
  }

  public static Builder text(String name) {
    return new Builder(name, FieldType.TEXT);
  }

  public static Builder number(String name) {
    return new Builder(name, FieldType.NUMBER);
  }

  public static Builder bool(String name) {
    return new Builder(name, FieldType.BOOLEAN);
  }

  public static Builder choice(String name, String... choices) {
    return new Builder(name, FieldType.ENUM).choices(choices);
  }

  public static Builder expression(String name) {
    return new Builder(name, FieldType.EXPRESSION);
  }

  public static Builder secret(String name) {
    return new Builder(name, FieldType.SECRET);
  }

  /**
   * What is wrong with {@code value} for this field, in a sentence naming the field; empty when it
   * is fine. A blank value is wrong only for a required field without a default. Expressions are
   * checked after evaluation, so at deploy only their presence is checked here.
   */
  public Optional<String> problemWith(String value) {
    if (value == null || value.isBlank()) {
      return required && defaultValue == null
          ? Optional.of("'" + label + "' is required.") : Optional.empty();
    }
    String text = value.strip();
    return switch (type) {
      case NUMBER -> numberProblem(text);
      case BOOLEAN -> text.equals("true") || text.equals("false") ? Optional.empty()
          : Optional.of("'" + label + "' must be true or false, not '" + text + "'.");
      case ENUM -> choices.contains(text) ? Optional.empty()
          : Optional.of("'" + label + "' must be one of " + String.join(", ", choices)
              + ", not '" + text + "'.");
      case SECRET -> SECRET_NAME.matcher(text).matches() ? Optional.empty()
          : Optional.of("'" + label + "' takes the name of a secret (letters, digits, . _ -), "
              + "never the secret itself.");
      case TEXT, EXPRESSION -> textProblem(value);
    };
  }

  private Optional<String> numberProblem(String text) {
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return Optional.of("'" + label + "' must be a number, not '" + text + "'.");
    }
    if (min != null && number.compareTo(min) < 0) {
      return Optional.of("'" + label + "' must be at least " + min.toPlainString() + ".");
    }
    if (max != null && number.compareTo(max) > 0) {
      return Optional.of("'" + label + "' must be at most " + max.toPlainString() + ".");
    }
    return Optional.empty();
  }

  private Optional<String> textProblem(String text) {
    if (maxLength > 0 && text.length() > maxLength) {
      return Optional.of("'" + label + "' must be at most " + maxLength + " characters.");
    }
    if (pattern != null && type == FieldType.TEXT && !text.matches(pattern)) {
      return Optional.of("'" + label + "' does not have the expected form (" + pattern + ").");
    }
    return Optional.empty();
  }

  /** Builds an {@link InputField}; every setter is optional. */
  public static final class Builder {
    private final String name;
    private final FieldType type;
    private String label;
    private boolean required;
    private String description;
    private String defaultValue;
    private List<String> choices = List.of();
    private BigDecimal min;
    private BigDecimal max;
    private String pattern;
    private int maxLength;

    private Builder(String name, FieldType type) {
      this.name = name;
      this.type = type;
    }

    public Builder label(String label) {
      this.label = label;
      return this;
    }

    public Builder required() {
      this.required = true;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder defaultValue(String defaultValue) {
      this.defaultValue = defaultValue;
      return this;
    }

    public Builder choices(String... choices) {
      this.choices = List.of(choices);
      return this;
    }

    public Builder min(double min) {
      this.min = BigDecimal.valueOf(min).stripTrailingZeros();
      return this;
    }

    public Builder max(double max) {
      this.max = BigDecimal.valueOf(max).stripTrailingZeros();
      return this;
    }

    public Builder pattern(String pattern) {
      this.pattern = pattern;
      return this;
    }

    public Builder maxLength(int maxLength) {
      this.maxLength = maxLength;
      return this;
    }

    public InputField build() {
      return new InputField(name, label, type, required, description, defaultValue, choices, min,
          max, pattern, maxLength);
    }
  }
}
