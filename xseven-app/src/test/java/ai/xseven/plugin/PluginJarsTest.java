package ai.xseven.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin jars dropped into the plugins folder: the good ones install, each broken one is named. */
class PluginJarsTest {

  @TempDir Path folder;

  /** Stands for a plugin shipped with the platform. */
  private static final ServiceTaskPlugin BUILT_IN = new ServiceTaskPlugin() {
    @Override
    public PluginDefinition definition() {
      return PluginDefinition.builder("replyWithText").build();
    }

    @Override
    public PluginResult execute(PluginContext context) {
      return PluginResult.reply("built-in");
    }
  };

  @Test
  void aGoodJarIsInstalledInAClassLoaderOfItsOwn() {
    SamplePluginJars.greeting(folder);

    PluginRegistry registry = new PluginRegistry(List.of(BUILT_IN), folder);

    InstalledPlugin plugin = registry.find(SamplePluginJars.GREETING_ID).orElseThrow();
    assertThat(plugin.builtIn()).isFalse();
    assertThat(plugin.jar().getFileName()).hasToString(SamplePluginJars.GREETING_JAR);
    assertThat(plugin.definition().version()).isEqualTo("2.1.0");
    ClassLoader loader = plugin.plugin().getClass().getClassLoader();
    assertThat(loader).isInstanceOf(URLClassLoader.class)
        .isNotSameAs(getClass().getClassLoader());
    assertThat(loader.getName()).isEqualTo("plugin:" + SamplePluginJars.GREETING_JAR);
    assertThat(registry.failures()).isEmpty();
    assertThat(registry.all()).extracting(InstalledPlugin::id)
        .containsExactly(SamplePluginJars.GREETING_ID, "replyWithText");
  }

  @Test
  void eachBrokenJarIsReportedWithItsReasonWhileTheOthersInstall() {
    SamplePluginJars.greeting(folder);
    PluginJarBuilder.corrupt(folder, "x.jar");
    PluginJarBuilder.jar().service("demo.missing.NoSuchPlugin").writeTo(folder, "missing.jar");
    PluginJarBuilder.jar().plugin("demo.throwing.ThrowingPlugin", """
        package demo.throwing;

        public class ThrowingPlugin implements ai.xseven.sdk.ServiceTaskPlugin {
          public ai.xseven.sdk.PluginDefinition definition() {
            throw new IllegalStateException("the settings file is missing");
          }

          public ai.xseven.sdk.PluginResult execute(ai.xseven.sdk.PluginContext context) {
            return ai.xseven.sdk.PluginResult.reply("never");
          }
        }
        """).writeTo(folder, "throwing.jar");
    PluginJarBuilder.jar().plugin("demo.copy.ReplyCopy", """
        package demo.copy;

        public class ReplyCopy implements ai.xseven.sdk.ServiceTaskPlugin {
          public ai.xseven.sdk.PluginDefinition definition() {
            return ai.xseven.sdk.PluginDefinition.builder("replyWithText").build();
          }

          public ai.xseven.sdk.PluginResult execute(ai.xseven.sdk.PluginContext context) {
            return ai.xseven.sdk.PluginResult.reply("a copy");
          }
        }
        """).writeTo(folder, "copy.jar");

    PluginRegistry registry = new PluginRegistry(List.of(BUILT_IN), folder);

    assertThat(registry.all()).extracting(InstalledPlugin::id)
        .containsExactly(SamplePluginJars.GREETING_ID, "replyWithText");
    assertThat(registry.find("replyWithText").orElseThrow().builtIn()).isTrue();
    Map<String, String> reasons = registry.failures().stream().collect(Collectors.toMap(
        failure -> failure.jar().getFileName().toString(), PluginLoadFailure::reason));
    assertThat(reasons).containsOnlyKeys("x.jar", "missing.jar", "throwing.jar", "copy.jar");
    assertThat(reasons.get("x.jar")).startsWith("The file is not a readable jar (");
    assertThat(reasons.get("missing.jar")).isEqualTo("META-INF/services/"
        + "ai.xseven.sdk.ServiceTaskPlugin names the class demo.missing.NoSuchPlugin, "
        + "but the jar does not contain it.");
    assertThat(reasons.get("throwing.jar")).isEqualTo("demo.throwing.ThrowingPlugin has no "
        + "valid definition: IllegalStateException: the settings file is missing");
    assertThat(reasons.get("copy.jar")).isEqualTo("A plugin with the id 'replyWithText' is "
        + "already installed; the jar's demo.copy.ReplyCopy is not.");
  }

  @Test
  void aJarWithoutServicesFileOrWithAClassThatIsNoPluginIsRefused() {
    PluginJarBuilder.jar().source("demo.plain.Helper", "package demo.plain; public class Helper {}")
        .writeTo(folder, "no-services.jar");
    PluginJarBuilder.jar().plugin("demo.plain.NotAPlugin",
        "package demo.plain; public class NotAPlugin {}").writeTo(folder, "not-a-plugin.jar");
    PluginJarBuilder.jar().plugin("demo.plain.Private", """
        package demo.plain;

        public class Private implements ai.xseven.sdk.ServiceTaskPlugin {
          private Private() {}

          public ai.xseven.sdk.PluginDefinition definition() {
            return ai.xseven.sdk.PluginDefinition.builder("hidden").build();
          }

          public ai.xseven.sdk.PluginResult execute(ai.xseven.sdk.PluginContext context) {
            return ai.xseven.sdk.PluginResult.reply("never");
          }
        }
        """).writeTo(folder, "private.jar");

    PluginRegistry registry = new PluginRegistry(List.of(BUILT_IN), folder);

    assertThat(registry.all()).extracting(InstalledPlugin::id).containsExactly("replyWithText");
    assertThat(registry.failures()).extracting(PluginLoadFailure::reason).containsExactly(
        "The jar declares no plugin: it needs a file META-INF/services/"
            + "ai.xseven.sdk.ServiceTaskPlugin naming its plugin classes.",
        "demo.plain.NotAPlugin does not implement ai.xseven.sdk.ServiceTaskPlugin.",
        "demo.plain.Private needs a public constructor without arguments.");
  }
}
