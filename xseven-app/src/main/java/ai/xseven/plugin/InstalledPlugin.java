package ai.xseven.plugin;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.nio.file.Path;

/**
 * A plugin the platform can run, with its declaration read once and where it came from.
 *
 * @param jar the jar in the plugins folder it was loaded from; null for a bean of the application
 */
public record InstalledPlugin(ServiceTaskPlugin plugin, PluginDefinition definition, Path jar) {

  public String id() {
    return definition.id();
  }

  /** Shipped with the platform, as opposed to dropped into the plugins folder. */
  public boolean builtIn() {
    return jar == null;
  }
}
