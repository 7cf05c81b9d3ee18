package ai.xseven.plugin;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every installed plugin by id: the application's {@link ServiceTaskPlugin} beans, then the
 * plugins in the jars of the plugins folder ({@code xseven.plugins.dir}, default
 * {@code plugins}). A jar that cannot be installed (see {@link PluginJars}) or a jar plugin that
 * takes an id already installed is refused and reported in {@link #failures()}; the built-in
 * plugins come first, so a jar never replaces one. Two beans with one id are a build error.
 */
@Component
public class PluginRegistry {

  private static final Logger log = LoggerFactory.getLogger(PluginRegistry.class);

  private final Map<String, InstalledPlugin> byId = new LinkedHashMap<>();
  private final List<PluginLoadFailure> failures = new ArrayList<>();

  PluginRegistry(List<ServiceTaskPlugin> beans,
      @Value("${xseven.plugins.dir:plugins}") Path folder) {
    for (ServiceTaskPlugin bean : beans) {
      InstalledPlugin plugin = new InstalledPlugin(bean, bean.definition(), null);
      InstalledPlugin other = byId.putIfAbsent(plugin.id(), plugin);
      if (other != null) {
        throw new IllegalStateException("Two plugins have the id '" + plugin.id() + "': "
            + other.plugin().getClass() + ", " + bean.getClass());
      }
    }
    PluginJars jars = PluginJars.in(folder);
    failures.addAll(jars.failures());
    jars.loaded().forEach(this::install);
  }

  private void install(PluginJars.Loaded loaded) {
    PluginDefinition definition = loaded.definition();
    if (byId.containsKey(definition.id())) {
      refuse(loaded.jar(), "A plugin with the id '" + definition.id()
          + "' is already installed; the jar's " + loaded.plugin().getClass().getName()
          + " is not.");
      return;
    }
    byId.put(definition.id(), new InstalledPlugin(loaded.plugin(), definition, loaded.jar()));
    log.info("Installed plugin {} {} from {}", definition.id(), definition.version(),
        loaded.jar().getFileName());
  }

  private void refuse(Path jar, String reason) {
    log.error("Plugin jar {} is not installed. {}", jar.toAbsolutePath(), reason);
    failures.add(new PluginLoadFailure(jar, reason));
  }

  public Optional<InstalledPlugin> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The installed plugins, by id. */
  public List<InstalledPlugin> all() {
    return byId.values().stream().sorted(Comparator.comparing(InstalledPlugin::id)).toList();
  }

  /** The plugin jars that could not be installed, with the reason. */
  public Collection<PluginLoadFailure> failures() {
    return List.copyOf(failures);
  }
}
