package ai.xseven.workflow;

import ai.xseven.workflow.WorkflowBenchRecorder.Arrival;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import io.temporal.testserver.TestServer.InProcessTestServer;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * One benchmark target in a JVM of its own: an embedded server or the cluster at
 * {@code TEMPORAL_ADDRESS}, a worker configured as the application configures it, N appointment
 * workflows started, then the wait for their reminders.
 */
final class WorkflowBenchRun {

  /** What to run; offsets in minutes before the appointment, which starts {@code lead} ahead. */
  /**
   * @param spread appointment i starts at its booking + lead + i/n of the spread: zero puts every
   *     reminder due within the time the starts take (a burst), more spreads them out
   */
  record Options(String target, int n, int startThreads, Duration lead, Duration spread,
      List<Integer> offsets, Duration grace) {}

  /** The figures of one target; times in milliseconds, memory in MiB. */
  record Result(String target, String server, String worker, int n, double startSeconds,
      double startsPerSecond, double startP50, double startP99, double heapIdle,
      double heapAfterStarts, double heapEnd, double rss, double rssPeak, int confirmations,
      long confirmationP50, long confirmationP99, int remindersExpected, int remindersArrived,
      int remindersDuplicated, long lateP50, long lateP90, long lateP99, long lateMax,
      double waitedSeconds, Map<String, Long> otherActivities) {}

  private final Options options;
  private final WorkflowBenchRecorder recorder = new WorkflowBenchRecorder();
  private final String runId = Long.toString(System.currentTimeMillis(), 36);

  WorkflowBenchRun(Options options) {
    this.options = options;
  }

  Result run() throws Exception {
    TemporalProperties properties = applicationProperties();
    boolean embedded = options.target().equals("embedded");
    InProcessTestServer server = embedded ? TestServer.createServer(true) : null;
    WorkflowServiceStubs stubs = WorkflowServiceStubs.newServiceStubs(embedded
        ? WorkflowServiceStubsOptions.newBuilder().setChannel(server.getChannel()).build()
        : WorkflowServiceStubsOptions.newBuilder().setTarget(properties.target()).build());
    WorkflowClient client = WorkflowClient.newInstance(stubs,
        WorkflowClientOptions.newBuilder().setNamespace(properties.namespace()).build());
    WorkerFactory factory =
        WorkerFactory.newInstance(client, properties.worker().factoryOptions());
    String taskQueue = "bench-appointments-" + runId;
    Worker worker = factory.newWorker(taskQueue, properties.worker().options());
    worker.registerWorkflowImplementationTypes(AppointmentWorkflowImpl.class);
    worker.registerActivitiesImplementations(recorder.notifications(), recorder.others());
    factory.start();
    try {
      double heapIdle = heapAfterGcMiB();
      Starts starts = startAll(client, taskQueue);
      double heapAfterStarts = heapAfterGcMiB();
      long waitedFrom = System.currentTimeMillis();
      waitForReminders(starts);
      double waited = (System.currentTimeMillis() - waitedFrom) / 1000.0;
      double heapEnd = heapAfterGcMiB();
      return result(properties, embedded, starts, heapIdle, heapAfterStarts, heapEnd, waited);
    } finally {
      if (!embedded) {
        terminate(client, options.n());
      }
      factory.shutdownNow();
      factory.awaitTermination(10, TimeUnit.SECONDS);
      stubs.shutdownNow();
      if (server != null) {
        server.close();
      }
    }
  }

  /** When each workflow was started (wall clock) and how long its start call took. */
  private record Starts(UUID[] conversations, long[] bookedAt, long[] startsAt, long[] callNanos,
      long wallNanos) {}

  private Starts startAll(WorkflowClient client, String taskQueue) throws InterruptedException {
    int n = options.n();
    UUID[] conversations = new UUID[n];
    long[] bookedAt = new long[n];
    long[] appointmentAt = new long[n];
    long[] callNanos = new long[n];
    AtomicInteger next = new AtomicInteger();
    UUID business = UUID.randomUUID();
    ExecutorService threads = Executors.newFixedThreadPool(options.startThreads());
    long began = System.nanoTime();
    for (int t = 0; t < options.startThreads(); t++) {
      threads.execute(() -> {
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          conversations[i] = UUID.randomUUID();
          bookedAt[i] = System.currentTimeMillis();
          long startsAt = bookedAt[i] + options.lead().toMillis()
              + options.spread().toMillis() * i / n;
          appointmentAt[i] = startsAt;
          AppointmentInput input = new AppointmentInput(UUID.randomUUID().toString(),
              business.toString(), conversations[i].toString(), "Customer " + i,
              "table for 2 at Bench Bistro", startsAt, startsAt + Duration.ofHours(1).toMillis(),
              bookedAt[i], "America/New_York", options.offsets(), 30, 60, 60);
          AppointmentWorkflow workflow = client.newWorkflowStub(AppointmentWorkflow.class,
              WorkflowOptions.newBuilder().setWorkflowId(workflowId(i)).setTaskQueue(taskQueue)
                  .build());
          long call = System.nanoTime();
          WorkflowClient.start(workflow::run, input);
          callNanos[i] = System.nanoTime() - call;
        }
      });
    }
    threads.shutdown();
    if (!threads.awaitTermination(1, TimeUnit.HOURS)) {
      throw new IllegalStateException("starts did not finish within an hour");
    }
    return new Starts(conversations, bookedAt, appointmentAt, callNanos,
        System.nanoTime() - began);
  }

  /** Until every reminder has arrived, or the last one is {@code grace} overdue. */
  private void waitForReminders(Starts starts) throws InterruptedException {
    long lastDue = Arrays.stream(starts.startsAt()).max().orElseThrow()
        - Duration.ofMinutes(options.offsets().stream().min(Integer::compare).orElseThrow())
            .toMillis();
    long deadline = lastDue + options.grace().toMillis();
    long expected = (long) options.n() * options.offsets().size();
    long reported = System.currentTimeMillis();
    while (System.currentTimeMillis() < deadline && reminders() < expected) {
      Thread.sleep(500);
      if (System.currentTimeMillis() - reported > 15_000) {
        reported = System.currentTimeMillis();
        System.err.printf("  %s: %d of %d reminders, last due in %d s%n", options.target(),
            reminders(), expected, (lastDue - reported) / 1000);
      }
    }
  }

  private long reminders() {
    return recorder.arrivals.stream().filter(a -> a.kind().equals("reminder")).count();
  }

  private Result result(TemporalProperties properties, boolean embedded, Starts starts,
      double heapIdle, double heapAfterStarts, double heapEnd, double waited) {
    Map<UUID, Integer> index = new HashMap<>();
    for (int i = 0; i < options.n(); i++) {
      index.put(starts.conversations()[i], i);
    }
    List<Integer> offsets = options.offsets().stream().sorted(Comparator.reverseOrder()).toList();
    Map<UUID, List<Arrival>> reminders = recorder.arrivals.stream()
        .filter(a -> a.kind().equals("reminder") && index.containsKey(a.conversationId()))
        .collect(Collectors.groupingBy(Arrival::conversationId));
    List<Long> lateness = new ArrayList<>();
    int duplicated = 0;
    for (Map.Entry<UUID, List<Arrival>> entry : reminders.entrySet()) {
      long startsAt = starts.startsAt()[index.get(entry.getKey())];
      List<Arrival> arrived = entry.getValue().stream()
          .sorted(Comparator.comparingLong(Arrival::atMillis)).toList();
      // The k-th reminder to arrive answers the k-th offset, longest first.
      for (int k = 0; k < arrived.size(); k++) {
        if (k >= offsets.size()) {
          duplicated++;
          continue;
        }
        long due = startsAt - Duration.ofMinutes(offsets.get(k)).toMillis();
        lateness.add(arrived.get(k).atMillis() - due);
      }
    }
    long[] late = lateness.stream().mapToLong(Long::longValue).sorted().toArray();
    long[] confirmations = recorder.arrivals.stream()
        .filter(a -> a.kind().equals("confirmation") && index.containsKey(a.conversationId()))
        .mapToLong(a -> a.atMillis() - starts.bookedAt()[index.get(a.conversationId())])
        .sorted().toArray();
    long[] calls = Arrays.stream(starts.callNanos()).sorted().toArray();
    double seconds = starts.wallNanos() / 1e9;
    TemporalProperties.Worker w = properties.worker();
    String workerText = "slots " + w.maxConcurrentWorkflowTaskExecutionSize() + " workflow / "
        + w.maxConcurrentActivityExecutionSize() + " activity, pollers "
        + w.workflowTaskPollers() + " / " + w.activityTaskPollers() + ", cache "
        + w.workflowCacheSize();
    Map<String, Long> others = new TreeMap<>();
    recorder.otherActivities.forEach((type, count) -> others.put(type, count.sum()));
    return new Result(options.target(),
        embedded ? "in-process test server" : properties.target() + " (" + properties.namespace()
            + ")", workerText, options.n(), seconds, options.n() / seconds,
        percentile(calls, 50) / 1e6, percentile(calls, 99) / 1e6, heapIdle, heapAfterStarts,
        heapEnd, status("VmRSS"), status("VmHWM"), confirmations.length,
        percentile(confirmations, 50), percentile(confirmations, 99),
        options.n() * offsets.size(), late.length, duplicated, percentile(late, 50),
        percentile(late, 90), percentile(late, 99), late.length == 0 ? -1 : late[late.length - 1],
        waited, others);
  }

  private String workflowId(int i) {
    return "bench-appointment-" + runId + "-" + i;
  }

  /** A cluster keeps what it is given: end the run's workflows so their timers stop firing. */
  private void terminate(WorkflowClient client, int n) throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(options.startThreads());
    for (int i = 0; i < n; i++) {
      String id = workflowId(i);
      threads.execute(() -> {
        try {
          client.newUntypedWorkflowStub(id).terminate("benchmark over");
        } catch (RuntimeException alreadyOverOrNeverStarted) {
          // nothing to end
        }
      });
    }
    threads.shutdown();
    threads.awaitTermination(10, TimeUnit.MINUTES);
  }

  /** {@code xseven.temporal.*} as the application binds it: application.yml and the environment. */
  static TemporalProperties applicationProperties() throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader()
        .load("application.yml", new ClassPathResource("application.yml"))
        .forEach(environment.getPropertySources()::addLast);
    return Binder.get(environment).bind("xseven.temporal", TemporalProperties.class)
        .orElseThrow(() -> new IllegalStateException("no xseven.temporal in application.yml"));
  }

  private static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return -1;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double heapAfterGcMiB() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024);
  }

  /** A field of /proc/self/status in MiB, or -1 off Linux. */
  private static double status(String field) {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(line -> line.startsWith(field + ":"))
          .map(line -> line.replaceAll("\\D", ""))
          .mapToDouble(kib -> Long.parseLong(kib) / 1024.0)
          .findFirst().orElse(-1);
    } catch (IOException | RuntimeException notLinux) {
      return -1;
    }
  }
}
