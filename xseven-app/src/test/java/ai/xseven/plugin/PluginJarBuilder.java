package ai.xseven.plugin;

import ai.xseven.sdk.ServiceTaskPlugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Writes a plugin jar as a developer would ship one: Java sources compiled against the SDK on
 * the test class path, the classes, and {@code META-INF/services/ai.xseven.sdk.ServiceTaskPlugin}
 * naming the plugin classes. Tests build their jars on the fly with it, broken ones included.
 */
public final class PluginJarBuilder {

  private final Map<String, String> sources = new LinkedHashMap<>();
  private final List<String> services = new ArrayList<>();

  public static PluginJarBuilder jar() {
    return new PluginJarBuilder();
  }

  /** A plugin class: compiled into the jar and named in its services file. */
  public PluginJarBuilder plugin(String className, String source) {
    return source(className, source).service(className);
  }

  /** A class compiled into the jar, such as a helper of a plugin. */
  public PluginJarBuilder source(String className, String source) {
    sources.put(className, source);
    return this;
  }

  /** A line of the services file, whether or not the jar holds that class. */
  public PluginJarBuilder service(String className) {
    services.add(className);
    return this;
  }

  /** Compiles the sources and writes the jar as {@code folder/fileName}. */
  public Path writeTo(Path folder, String fileName) {
    try {
      Path classes = Files.createTempDirectory("plugin-classes");
      compile(classes);
      Files.createDirectories(folder);
      Path jar = folder.resolve(fileName);
      Manifest manifest = new Manifest();
      manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
          Stream<Path> files = Files.walk(classes)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          entry(out, classes.relativize(file).toString().replace('\\', '/'),
              Files.readAllBytes(file));
        }
        if (!services.isEmpty()) {
          entry(out, "META-INF/services/" + ServiceTaskPlugin.class.getName(),
              (String.join("\n", services) + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file named like a jar that is not one. */
  public static Path corrupt(Path folder, String fileName) {
    try {
      Files.createDirectories(folder);
      return Files.writeString(folder.resolve(fileName), "this is not a zip file");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void compile(Path classes) throws IOException {
    if (sources.isEmpty()) {
      return;
    }
    Path sourceRoot = Files.createTempDirectory("plugin-sources");
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = sourceRoot.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      files.add(Files.writeString(file, source.getValue()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(null, fileManager, diagnostics,
          List.of("--release", "17", "-classpath", sdkClassPath(), "-d", classes.toString()),
          null, fileManager.getJavaFileObjectsFromPaths(files)).call();
      if (!compiled) {
        throw new IllegalArgumentException("The plugin sources do not compile: "
            + diagnostics.getDiagnostics());
      }
    }
  }

  /** Where the SDK's classes are: a folder in the reactor build, or its jar. */
  private static String sdkClassPath() {
    try {
      return Path.of(ServiceTaskPlugin.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void entry(JarOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new JarEntry(name));
    out.write(bytes);
    out.closeEntry();
  }
}
