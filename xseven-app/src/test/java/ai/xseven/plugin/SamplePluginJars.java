package ai.xseven.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The plugin jars the application tests drop into a plugins folder: a good one whose plugin
 * writes a greeting, and one that names a class it does not contain.
 */
public final class SamplePluginJars {

  public static final String GREETING_JAR = "greeting-plugin.jar";
  public static final String GREETING_ID = "jarGreeting";
  public static final String GREETING_NAME = "Greet from a jar";
  /** The process variable the greeting plugin writes. */
  public static final String GREETING_OUTPUT = "jarGreeting";
  public static final String BROKEN_JAR = "broken-plugin.jar";
  public static final String MISSING_CLASS = "demo.missing.NoSuchPlugin";

  static final String GREETING_SOURCE = """
      package demo.greeting;

      import ai.xseven.sdk.InputField;
      import ai.xseven.sdk.PluginContext;
      import ai.xseven.sdk.PluginDefinition;
      import ai.xseven.sdk.PluginResult;
      import ai.xseven.sdk.ServiceTaskPlugin;
      import ai.xseven.sdk.Variable;
      import java.time.Duration;

      public class GreetingPlugin implements ServiceTaskPlugin {
        @Override
        public PluginDefinition definition() {
          return PluginDefinition.builder("jarGreeting")
              .version("2.1.0")
              .name("Greet from a jar")
              .description("Writes a greeting for the name set on the task.")
              .input(InputField.expression("name").label("Name").required()
                  .description("Who is greeted; ${variable} inserts a process variable."))
              .input(InputField.choice("tone", "warm", "formal").label("Tone")
                  .defaultValue("warm"))
              .input(InputField.number("exclamations").min(0).max(3).defaultValue("1"))
              .writes(Variable.required("jarGreeting", String.class, "The greeting."))
              .timeout(Duration.ofSeconds(5))
              .build();
        }

        @Override
        public PluginResult execute(PluginContext context) {
          String name = context.text("name").orElseThrow();
          String marks = "!".repeat(context.number("exclamations").orElseThrow().intValue());
          String greeting = context.text("tone").orElseThrow().equals("formal")
              ? "Good day, " + name + "."
              : "Hello " + name + ", greetings from a plugin jar" + marks;
          return PluginResult.builder().output("jarGreeting", greeting).build();
        }
      }
      """;

  private SamplePluginJars() {}

  /**
   * Makes a fresh folder {@code target/plugin-folders/<name>} holding the good and the broken jar
   * the application's plugins folder.
   */
  public static void usePluginsFolder(DynamicPropertyRegistry properties, String name) {
    Path folder = folder(Path.of("target", "plugin-folders", name));
    properties.add("xseven.plugins.dir", folder::toString);
  }

  /** A fresh folder holding the good and the broken jar. */
  public static Path folder(Path folder) {
    try {
      if (Files.exists(folder)) {
        try (Stream<Path> old = Files.walk(folder)) {
          for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    greeting(folder);
    PluginJarBuilder.jar().service(MISSING_CLASS).writeTo(folder, BROKEN_JAR);
    return folder;
  }

  public static Path greeting(Path folder) {
    return PluginJarBuilder.jar().plugin("demo.greeting.GreetingPlugin", GREETING_SOURCE)
        .writeTo(folder, GREETING_JAR);
  }
}
