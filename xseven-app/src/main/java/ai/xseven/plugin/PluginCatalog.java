package ai.xseven.plugin;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What is installed, for people: every plugin with its declaration spelled out and its derived
 * documentation, and the plugin jars that could not be installed with the reason.
 */
@Service
public class PluginCatalog {

  /** A jar of the plugins folder that is not installed; {@code jar} is its file name. */
  public record BrokenJar(String jar, String reason) {}

  private final PluginRegistry registry;

  PluginCatalog(PluginRegistry registry) {
    this.registry = registry;
  }

  /** The installed plugins, by id. */
  public List<PluginEntry> plugins() {
    return registry.all().stream().map(PluginEntry::of).toList();
  }

  public Optional<PluginEntry> plugin(String id) {
    return registry.find(id).map(PluginEntry::of);
  }

  /** The plugin's documentation as Markdown, derived from its definition. */
  public Optional<String> docs(String id) {
    return plugin(id).map(PluginDocs::markdown);
  }

  public List<BrokenJar> brokenJars() {
    return registry.failures().stream()
        .map(failure -> new BrokenJar(String.valueOf(failure.jar().getFileName()),
            failure.reason()))
        .toList();
  }
}
