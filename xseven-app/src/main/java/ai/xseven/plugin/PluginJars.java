package ai.xseven.plugin;

import ai.xseven.sdk.ServiceTaskPlugin;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins in the jars of one folder, each jar in a class loader of its own whose parent is
 * the platform's (so a plugin sees the SDK and the JDK, and its own libraries win over nothing of
 * the platform's but the SDK). Plugins are found through {@link ServiceLoader}. A jar that cannot
 * be read, names a missing class or declares an invalid plugin is reported and skipped: one
 * broken jar never stops the platform.
 */
final class PluginJars {

  private static final Logger log = LoggerFactory.getLogger(PluginJars.class);

  record Loaded(ServiceTaskPlugin plugin, Path jar) {}

  private final List<Loaded> loaded = new ArrayList<>();
  private final List<PluginLoadFailure> failures = new ArrayList<>();

  static PluginJars in(Path folder) {
    PluginJars jars = new PluginJars();
    if (!Files.isDirectory(folder)) {
      log.info("No plugins folder at {}; only the built-in plugins are installed",
          folder.toAbsolutePath());
      return jars;
    }
    try (Stream<Path> files = Files.list(folder)) {
      files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted()
          .forEach(jars::load);
    } catch (IOException e) {
      jars.failures.add(new PluginLoadFailure(folder, "The plugins folder cannot be read: "
          + e.getMessage()));
    }
    return jars;
  }

  List<Loaded> loaded() {
    return loaded;
  }

  List<PluginLoadFailure> failures() {
    return failures;
  }

  private void load(Path jar) {
    List<Loaded> found = new ArrayList<>();
    try {
      URLClassLoader loader = new URLClassLoader("plugin:" + jar.getFileName(),
          new URL[] {url(jar)}, ServiceTaskPlugin.class.getClassLoader());
      for (ServiceTaskPlugin plugin : ServiceLoader.load(ServiceTaskPlugin.class, loader)) {
        if (plugin.getClass().getClassLoader() == loader) {
          found.add(new Loaded(plugin, jar));
        }
      }
      if (found.isEmpty()) {
        fail(jar, "The jar declares no plugin: it needs a file "
            + "META-INF/services/ai.xseven.sdk.ServiceTaskPlugin naming its plugin classes.");
        return;
      }
    } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
      fail(jar, "The jar's plugins cannot be created: " + sentence(e));
      return;
    }
    loaded.addAll(found);
  }

  private void fail(Path jar, String reason) {
    log.error("Plugin jar {} is not installed. {}", jar.toAbsolutePath(), reason);
    failures.add(new PluginLoadFailure(jar, reason));
  }

  private static URL url(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("Not a file path: " + jar, e);
    }
  }

  static String sentence(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? ""
        : ": " + root.getMessage());
  }
}
