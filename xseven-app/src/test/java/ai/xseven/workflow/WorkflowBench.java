package ai.xseven.workflow;

import ai.xseven.bench.BenchDoc;
import ai.xseven.workflow.WorkflowBenchRun.Options;
import ai.xseven.workflow.WorkflowBenchRun.Result;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Starts N appointment workflows (the real {@link AppointmentWorkflowImpl}, driven only through
 * {@link AppointmentWorkflow#run} and {@link NotificationActivities}) against the embedded server
 * and, when {@code TEMPORAL_ADDRESS} is set, against that cluster; reports the start rate, memory
 * and how late the reminders fire. Each target runs in a JVM of its own, so memory figures do not
 * mix. Run by {@code bench/workflows.sh}; never by the test suite (named {@code *Bench}).
 *
 * <p>Options: {@code --n 10000}, {@code --targets embedded,external}, {@code --start-threads 8},
 * {@code --lead-minutes 3}, {@code --spread-minutes 5} (appointments spread over this span after
 * the lead; 0: all at once), {@code --offsets 2,1} (reminder minutes before the appointment),
 * {@code --grace-minutes 5} (how long after the last reminder is due to wait for stragglers),
 * {@code --out FILE} (rewrite the {@code workflows:} section).
 */
public final class WorkflowBench {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RESULT = "RESULT ";

  private WorkflowBench() {}

  public static void main(String[] args) throws Exception {
    List<String> arguments = Arrays.asList(args);
    Options options = options(arguments);
    if (arguments.contains("--child")) {
      Result result = new WorkflowBenchRun(options).run();
      System.out.println(RESULT + JSON.writeValueAsString(result));
      System.exit(0);
    }
    String defaultTargets = System.getenv("TEMPORAL_ADDRESS") == null ? "embedded"
        : "embedded,external";
    String load = BenchDoc.loadAverage();
    List<Result> results = new ArrayList<>();
    for (String target : value(arguments, "--targets", defaultTargets).split(",")) {
      System.err.printf("%s: starting %d appointment workflows%n", target, options.n());
      Result result = inChildJvm(target, args);
      results.add(result);
      System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
    }
    String report = report(options, results, load, BenchDoc.loadAverage());
    System.out.println(report);
    if (arguments.contains("--out")) {
      BenchDoc.replaceSection(Path.of(value(arguments, "--out", null)), "workflows", report);
    }
  }

  private static Options options(List<String> arguments) {
    return new Options(value(arguments, "--child", "embedded"),
        Integer.parseInt(value(arguments, "--n", "10000")),
        Integer.parseInt(value(arguments, "--start-threads", "8")),
        Duration.ofMinutes(Long.parseLong(value(arguments, "--lead-minutes", "3"))),
        Duration.ofMinutes(Long.parseLong(value(arguments, "--spread-minutes", "5"))),
        Arrays.stream(value(arguments, "--offsets", "2,1").split(","))
            .map(String::strip).map(Integer::valueOf).toList(),
        Duration.ofMinutes(Long.parseLong(value(arguments, "--grace-minutes", "5"))));
  }

  private static String value(List<String> arguments, String name, String otherwise) {
    int at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : otherwise;
  }

  /** This class again, with this JVM's options and class path, for one target. */
  private static Result inChildJvm(String target, String[] args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        WorkflowBench.class.getName()));
    command.addAll(Arrays.asList(args));
    command.addAll(List.of("--child", target));
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
    int exit = process.waitFor();
    return lines.stream().filter(line -> line.startsWith(RESULT)).findFirst()
        .map(line -> read(line.substring(RESULT.length())))
        .orElseThrow(() -> new IllegalStateException(
            target + " run failed (exit " + exit + "): " + lines));
  }

  private static Result read(String json) {
    try {
      return JSON.readValue(json, Result.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String report(Options options, List<Result> results, String loadBefore,
      String loadAfter) {
    StringBuilder out = new StringBuilder();
    out.append("## Appointment workflows on Temporal (")
        .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(")\n\n");
    out.append("N = ").append(String.format(Locale.ROOT, "%,d", options.n()))
        .append(" workflows per target. Machine: ").append(BenchDoc.machine())
        .append(". Load average (1 / 5 / 15 min) at the start ").append(loadBefore)
        .append(", at the end ").append(loadAfter).append(".\n\n");
    out.append("Method: `WorkflowBench` (run by `bench/workflows.sh`) starts each target in a JVM "
        + "of its own with a worker configured from `application.yml` (`xseven.temporal.worker.*`)"
        + " running the real `AppointmentWorkflowImpl`; notification activities record when "
        + "they arrive instead of delivering, other activities do nothing. ")
        .append(options.startThreads()).append(" client threads start the workflows; each "
            + "appointment is ").append(options.lead().toMinutes()).append(" minutes after its "
            + "start plus its share of a ").append(options.spread().toMinutes()).append("-minute "
            + "spread (workflow i of n: i/n of it; 0 puts every reminder due within the time the "
            + "starts take), with reminders ").append(options.offsets()).append(" minutes before "
            + "it. A reminder later than the gap to the next one is superseded by it (the "
            + "workflow sends only the latest one still relevant), so it does not arrive; "
            + "duplicates would be counted. Lateness is the "
            + "arrival at the activity minus the due time (the k-th reminder of an appointment "
            + "to arrive counts against its k-th offset); the confirmation figure is from the "
            + "start call to the confirmation's arrival. Heap is measured after `System.gc()`; "
            + "with the embedded server the heap holds the server's histories too.\n\n");
    out.append("| target | server | worker | started in | starts/s | start call p50 / p99 | "
        + "heap idle → after starts → end | RSS (peak) | confirmations (p50 / p99) | "
        + "reminders arrived | lateness p50 / p90 / p99 / max |\n");
    out.append("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (Result r : results) {
      out.append(String.format(Locale.ROOT,
          "| %s | %s | %s | %.1f s | %,.0f | %.1f / %.1f ms | %.0f → %.0f → %.0f MiB | "
              + "%.0f (%.0f) MiB | %,d (%s / %s) | %,d of %,d%s | %s |\n",
          r.target(), r.server(), r.worker(), r.startSeconds(), r.startsPerSecond(),
          r.startP50(), r.startP99(), r.heapIdle(), r.heapAfterStarts(), r.heapEnd(), r.rss(),
          r.rssPeak(), r.confirmations(), millis(r.confirmationP50()),
          millis(r.confirmationP99()), r.remindersArrived(), r.remindersExpected(),
          r.remindersDuplicated() == 0 ? "" : ", " + r.remindersDuplicated() + " twice",
          r.remindersArrived() == 0 ? "–" : millis(r.lateP50()) + " / " + millis(r.lateP90())
              + " / " + millis(r.lateP99()) + " / " + millis(r.lateMax())));
    }
    out.append('\n');
    for (Result r : results) {
      out.append("Other activities called (").append(r.target()).append("): ")
          .append(r.otherActivities().isEmpty() ? "none" : r.otherActivities().toString())
          .append(String.format(Locale.ROOT, "; waited %.0f s for the reminders.%n",
              r.waitedSeconds()));
    }
    return out.toString();
  }

  private static String millis(long value) {
    if (value < 0) {
      return "–";
    }
    return value >= 10_000 ? String.format(Locale.ROOT, "%.1f s", value / 1000.0)
        : value + " ms";
  }
}
