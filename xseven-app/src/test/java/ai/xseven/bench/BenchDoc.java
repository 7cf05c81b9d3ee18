package ai.xseven.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Machine facts for a report, and the marked section of a Markdown file a run rewrites. */
public final class BenchDoc {

  private BenchDoc() {}

  /** "2 CPUs (availableProcessors), 23.5 GiB memory, Linux 6.1 amd64; Java 17.0.15 (...)". */
  public static String machine() {
    String memory = "";
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = String.format(Locale.ROOT, "%.1f GiB memory, ",
          os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
    }
    return Runtime.getRuntime().availableProcessors() + " CPUs (`nproc`), " + memory
        + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch") + "; Java " + System.getProperty("java.version") + " ("
        + System.getProperty("java.vm.name") + "), JVM options: `"
        + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())
        + "`, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
  }

  /** The 1, 5 and 15 minute load averages from /proc/loadavg, or the JVM's 1 minute figure. */
  public static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (IOException | RuntimeException notLinux) {
      return String.format(Locale.ROOT, "%.2f (1 min)",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /**
   * Replaces what lies between {@code <!-- key:begin -->} and {@code <!-- key:end -->} in
   * {@code file} with {@code body}; appends the markers and body when the file has none.
   */
  public static void replaceSection(Path file, String key, String body) throws IOException {
    String begin = "<!-- " + key + ":begin -->";
    String end = "<!-- " + key + ":end -->";
    String text = Files.exists(file) ? Files.readString(file) : "";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    String section = begin + "\n" + body.strip() + "\n\n" + end;
    String updated;
    if (from >= 0 && to > from) {
      updated = text.substring(0, from) + section + text.substring(to + end.length());
    } else {
      updated = text.stripTrailing() + "\n\n" + section + "\n";
    }
    Files.writeString(file, updated);
  }
}
