package ai.xseven.plugin;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins in the jars of one folder, each jar in a class loader of its own whose parent is
 * the platform's (so a plugin sees the SDK and the JDK). A jar names its plugin classes in
 * {@value #SERVICES}, the {@link java.util.ServiceLoader} format; the file is read here rather
 * than through {@code ServiceLoader} so that each refusal can say which class is wrong and why.
 * A jar is installed whole or not at all: one that cannot be read, names a missing class or holds
 * a plugin that cannot be created or declared is reported and skipped, and never stops the
 * platform.
 */
final class PluginJars {

  static final String SERVICES = "META-INF/services/" + ServiceTaskPlugin.class.getName();

  private static final Logger log = LoggerFactory.getLogger(PluginJars.class);

  record Loaded(ServiceTaskPlugin plugin, PluginDefinition definition, Path jar) {}

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
    List<String> classNames;
    try (JarFile file = new JarFile(jar.toFile())) {
      JarEntry services = file.getJarEntry(SERVICES);
      if (services == null) {
        fail(jar, "The jar declares no plugin: it needs a file " + SERVICES
            + " naming its plugin classes.");
        return;
      }
      classNames = classNames(file.getInputStream(services));
    } catch (IOException | SecurityException e) {
      fail(jar, "The file is not a readable jar (" + e.getMessage() + ").");
      return;
    }
    if (classNames.isEmpty()) {
      fail(jar, "The jar's " + SERVICES + " names no plugin class.");
      return;
    }
    URLClassLoader loader = new URLClassLoader("plugin:" + jar.getFileName(),
        new URL[] {url(jar)}, ServiceTaskPlugin.class.getClassLoader());
    List<Loaded> found = new ArrayList<>();
    try {
      for (String className : classNames) {
        ServiceTaskPlugin plugin = create(className, loader);
        found.add(new Loaded(plugin, definition(plugin), jar));
      }
    } catch (Refusal refusal) {
      close(loader);
      fail(jar, refusal.getMessage());
      return;
    }
    loaded.addAll(found);
  }

  /** The class names of a services file: one per line, {@code #} starts a comment. */
  private static List<String> classNames(InputStream services) throws IOException {
    List<String> names = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(services, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int comment = line.indexOf('#');
        String name = (comment < 0 ? line : line.substring(0, comment)).strip();
        if (!name.isEmpty() && !names.contains(name)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static ServiceTaskPlugin create(String className, ClassLoader loader)
      throws Refusal {
    Class<?> type;
    try {
      type = Class.forName(className, false, loader);
    } catch (ClassNotFoundException e) {
      throw new Refusal(SERVICES + " names the class " + className
          + ", but the jar does not contain it.");
    } catch (LinkageError e) {
      throw new Refusal("The class " + className + " cannot be loaded: " + sentence(e));
    }
    if (type.getClassLoader() != loader) {
      throw new Refusal(className + " is a class of the platform, not of the jar.");
    }
    if (!ServiceTaskPlugin.class.isAssignableFrom(type)) {
      throw new Refusal(className + " does not implement " + ServiceTaskPlugin.class.getName()
          + ".");
    }
    try {
      return (ServiceTaskPlugin) type.getConstructor().newInstance();
    } catch (NoSuchMethodException e) {
      throw new Refusal(className + " needs a public constructor without arguments.");
    } catch (InvocationTargetException e) {
      throw new Refusal(className + " could not be created: " + sentence(e.getCause()));
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      throw new Refusal(className + " could not be created: " + sentence(e));
    }
  }

  private static PluginDefinition definition(ServiceTaskPlugin plugin) throws Refusal {
    try {
      PluginDefinition definition = plugin.definition();
      if (definition == null) {
        throw new Refusal(plugin.getClass().getName() + " declares no definition (null).");
      }
      return definition;
    } catch (RuntimeException | LinkageError e) {
      throw new Refusal(plugin.getClass().getName() + " has no valid definition: "
          + sentence(e));
    }
  }

  private void fail(Path jar, String reason) {
    log.error("Plugin jar {} is not installed. {}", jar.toAbsolutePath(), reason);
    failures.add(new PluginLoadFailure(jar, reason));
  }

  private static void close(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException e) {
      log.warn("Could not close the class loader {}", loader.getName(), e);
    }
  }

  private static URL url(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("Not a file path: " + jar, e);
    }
  }

  /** The root cause as {@code Type: message}, for a sentence a developer can act on. */
  static String sentence(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? ""
        : ": " + root.getMessage());
  }

  /** Why a jar is not installed, in a sentence. */
  private static final class Refusal extends Exception {
    Refusal(String reason) {
      super(reason, null, false, false);
    }
  }
}
