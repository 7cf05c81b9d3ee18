package ai.xseven.plugin;

import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.nio.file.Path;

/** A plugin for tests: a definition and what it does, written inline. */
public final class LambdaPlugin implements ServiceTaskPlugin {

  /** What the plugin does with its context. */
  @FunctionalInterface
  public interface Body {
    PluginResult run(PluginContext context) throws Exception;
  }

  private final PluginDefinition definition;
  private final Body body;

  public LambdaPlugin(PluginDefinition definition, Body body) {
    this.definition = definition;
    this.body = body;
  }

  @Override
  public PluginDefinition definition() {
    return definition;
  }

  @Override
  public PluginResult execute(PluginContext context) throws Exception {
    return body.run(context);
  }

  /** As shipped with the application. */
  public InstalledPlugin builtIn() {
    return new InstalledPlugin(this, definition, null);
  }

  /** As if loaded from a jar of the plugins folder. */
  public InstalledPlugin fromJar() {
    return new InstalledPlugin(this, definition, Path.of("plugins", definition.id() + ".jar"));
  }
}
