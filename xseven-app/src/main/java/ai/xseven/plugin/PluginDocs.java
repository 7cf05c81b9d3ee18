package ai.xseven.plugin;

import java.time.Duration;
import java.util.List;

/**
 * A plugin's documentation in Markdown, derived from its declaration so it cannot drift from what
 * the plugin accepts: what it does, its input fields with their rules, the process variables it
 * reads and writes, whether agents may call it, its timeout and where it came from.
 */
public final class PluginDocs {

  public static final String READ = "required";
  public static final String WRITTEN = "always set";

  private PluginDocs() {}

  public static String markdown(PluginEntry plugin) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(escape(plugin.name())).append("\n\n");
    md.append('`').append(plugin.id()).append("` · version ").append(plugin.version())
        .append(" · ").append(origin(plugin)).append("\n\n");
    if (!plugin.description().isBlank()) {
      md.append(escape(plugin.description())).append("\n\n");
    }
    md.append("## Input fields\n\n");
    if (plugin.inputs().isEmpty()) {
      md.append("None: the task needs no settings.\n\n");
    } else {
      md.append("| Field | Type | Required | Default | Constraints | Description |\n");
      md.append("| --- | --- | --- | --- | --- | --- |\n");
      for (PluginEntry.Field field : plugin.inputs()) {
        md.append("| `").append(field.name()).append('`')
            .append(field.label().equals(field.name()) ? "" : " " + escape(field.label()))
            .append(" | ").append(field.type())
            .append(" | ").append(field.required() ? "yes" : "no")
            .append(" | ").append(field.defaultValue() == null ? "" : escape(field.defaultValue()))
            .append(" | ").append(escape(String.join("; ", field.constraints())))
            .append(" | ").append(escape(field.description())).append(" |\n");
      }
      md.append('\n');
    }
    md.append("## Process variables\n\n");
    variables(md, "Reads", plugin.reads(), READ);
    variables(md, "Writes", plugin.outputs(), WRITTEN);
    md.append("## Running\n\n");
    running(plugin).forEach(sentence -> md.append("* ").append(escape(sentence)).append('\n'));
    return md.toString();
  }

  private static void variables(StringBuilder md, String verb, List<PluginEntry.Value> values,
      String requiredWord) {
    if (values.isEmpty()) {
      md.append(verb).append(": none.\n\n");
      return;
    }
    md.append(verb).append(":\n\n");
    for (PluginEntry.Value value : values) {
      md.append("* ").append(escape(variable(value, requiredWord))).append('\n');
    }
    md.append('\n');
  }

  /** Whether agents may call it, its timeout and where it came from: a sentence each. */
  public static List<String> running(PluginEntry plugin) {
    return List.of(
        "Agents " + (plugin.agentTool()
            ? "may call it as a tool; its input fields are the tool's parameters."
            : "may not call it; it runs only as a service task."),
        "Timeout: " + readable(Duration.parse(plugin.timeout())) + ".",
        "Origin: " + (plugin.builtIn() ? "shipped with X-Seven."
            : "the jar " + plugin.origin() + " in the plugins folder."));
  }

  /** A variable read ({@link #READ}) or written ({@link #WRITTEN}) on one line. */
  public static String variable(PluginEntry.Value value, String requiredWord) {
    return value.name() + " (" + value.type() + (value.required() ? ", " + requiredWord : "")
        + ")" + (value.description().isBlank() ? "" : ": " + line(value.description()));
  }

  private static String origin(PluginEntry plugin) {
    return plugin.builtIn() ? "built-in" : "from `" + plugin.origin() + "`";
  }

  static String readable(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }

  /** Text on one line, as a heading or list item needs. */
  private static String line(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /**
   * Declared text shown as written, on one line: Markdown's punctuation is escaped, so a pattern
   * like {@code [0-9]+} or a {@code |} stays text and a {@code <tag>} never becomes HTML.
   */
  private static String escape(String text) {
    return line(text).replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
  }
}
