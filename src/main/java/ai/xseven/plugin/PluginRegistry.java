package ai.xseven.plugin;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every {@link ServiceTaskPlugin} bean of the application, by name. */
@Component
public class PluginRegistry {

  private final Map<String, ServiceTaskPlugin> byName;

  PluginRegistry(List<ServiceTaskPlugin> plugins) {
    this.byName =
        plugins.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    ServiceTaskPlugin::name,
                    Function.identity(),
                    (a, b) -> {
                      throw new IllegalStateException(
                          "Two plugins are named '" + a.name() + "': " + a.getClass() + ", " + b.getClass());
                    }));
  }

  public Optional<ServiceTaskPlugin> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Collection<ServiceTaskPlugin> all() {
    return byName.values();
  }
}
