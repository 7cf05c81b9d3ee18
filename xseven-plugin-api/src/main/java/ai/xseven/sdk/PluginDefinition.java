package ai.xseven.sdk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the platform needs to know about a plugin, declared once: the modeler's element
 * template, the agent tool specification, the checks at deploy and run time and the plugin's
 * documentation are all derived from it.
 *
 * @param id how diagrams and agents call the plugin; also the tool name, so letters, digits, _
 * @param version the plugin's own version, {@code major.minor.patch}
 * @param name a short title for the modeler, e.g. {@code Send e-mail}
 * @param description one or two sentences for the analyst who places the task
 * @param inputs the fields set on the task (or passed by an agent)
 * @param reads the process variables the plugin reads
 * @param outputs the process variables the plugin may write
 * @param agentTool whether an agent may call the plugin as a tool
 * @param timeout how long one run may take before it counts as a technical failure
 */
public record PluginDefinition(String id, String version, String name, String description,
    List<InputField> inputs, List<Variable> reads, List<Variable> outputs, boolean agentTool,
    Duration timeout) {

  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public PluginDefinition {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "A plugin id is a letter then up to 63 letters, digits or _: '" + id + "'");
    }
    if (version == null || !VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException("Plugin " + id + ": version '" + version
          + "' is not major.minor.patch");
    }
    name = name == null || name.isBlank() ? id : name;
    description = Objects.requireNonNullElse(description, "");
    inputs = List.copyOf(inputs);
    reads = List.copyOf(reads);
    outputs = List.copyOf(outputs);
    timeout = Objects.requireNonNullElse(timeout, DEFAULT_TIMEOUT);
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("Plugin " + id + ": the timeout must be positive");
    }
    Set<String> names = new HashSet<>();
    for (InputField field : inputs) {
      if (!names.add(field.name()) || field.name().equals("plugin")) {
        throw new IllegalArgumentException("Plugin " + id + ": the field name '" + field.name()
            + "' is used twice or reserved");
      }
    }
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  public Optional<InputField> input(String fieldName) {
    return inputs.stream().filter(field -> field.name().equals(fieldName)).findFirst();
  }

  /**
   * The problems of a task's field values (by field name), one sentence each; empty when the
   * values are fine. Values for names the plugin does not declare are ignored.
   */
  public List<String> problemsWith(Map<String, ?> values) {
    List<String> problems = new ArrayList<>();
    for (InputField field : inputs) {
      Object value = values.get(field.name());
      field.problemWith(value == null ? null : value.toString()).ifPresent(problems::add);
    }
    return problems;
  }

  /**
   * The declared fields' values, in declaration order, with each blank field's default filled in;
   * fields without a value or default are left out, and so are names the plugin does not declare.
   * Values keep their type (an expression's result is not turned into text).
   */
  public Map<String, Object> withDefaults(Map<String, ?> values) {
    Map<String, Object> complete = new LinkedHashMap<>();
    for (InputField field : inputs) {
      Object value = values.get(field.name());
      if ((value == null || value.toString().isBlank()) && field.defaultValue() != null) {
        value = field.defaultValue();
      }
      if (value != null) {
        complete.put(field.name(), value);
      }
    }
    return complete;
  }

  /** Builds a {@link PluginDefinition}; only the id is required. */
  public static final class Builder {
    private final String id;
    private String version = "1.0.0";
    private String name;
    private String description;
    private final List<InputField> inputs = new ArrayList<>();
    private final List<Variable> reads = new ArrayList<>();
    private final List<Variable> outputs = new ArrayList<>();
    private boolean agentTool;
    private Duration timeout;

    private Builder(String id) {
      this.id = id;
    }

    public Builder version(String version) {
      this.version = version;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder input(InputField.Builder field) {
      return input(field.build());
    }

    public Builder input(InputField field) {
      inputs.add(field);
      return this;
    }

    public Builder reads(Variable variable) {
      reads.add(variable);
      return this;
    }

    public Builder reads(List<Variable> variables) {
      reads.addAll(variables);
      return this;
    }

    public Builder writes(Variable variable) {
      outputs.add(variable);
      return this;
    }

    public Builder writes(List<Variable> variables) {
      outputs.addAll(variables);
      return this;
    }

    /** Agents may call the plugin as a tool; its input fields become the tool's parameters. */
    public Builder agentTool() {
      this.agentTool = true;
      return this;
    }

    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public PluginDefinition build() {
      return new PluginDefinition(id, version, name, description, inputs, reads, outputs,
          agentTool, timeout);
    }
  }
}
