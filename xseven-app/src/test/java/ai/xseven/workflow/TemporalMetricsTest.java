package ai.xseven.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.uber.m3.tally.Scope;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import io.temporal.testserver.TestServer.InProcessTestServer;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One workflow reported into two Prometheus registries at once, with and without the filter: the
 * filter keeps the series that tell whether workflows keep up, drops the others that the SDK
 * really emitted, and trims each kept timer's ~70 histogram buckets to a handful.
 */
class TemporalMetricsTest {

  @Test
  void keepsTheUsefulTemporalSeriesAndDropsTheRest() throws Exception {
    PrometheusMeterRegistry filtered = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    filtered.config().meterFilter(TemporalMetrics.filter());
    PrometheusMeterRegistry unfiltered = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    runProbe(new CompositeMeterRegistry(Clock.SYSTEM, List.of(filtered, unfiltered)));

    Set<String> all = names(unfiltered.scrape());
    Set<String> kept = names(filtered.scrape());

    assertThat(all).contains("temporal_worker_start", "temporal_poller_start",
        "temporal_workflow_task_queue_poll_succeed", "temporal_workflow_endtoend_latency",
        "temporal_activity_succeed_endtoend_latency", "temporal_workflow_task_replay_latency");
    assertThat(kept).containsExactlyInAnyOrderElementsOf(
        all.stream().filter(TemporalMetrics.KEPT::contains).toList());
    assertThat(kept).contains("temporal_request", "temporal_request_latency",
        "temporal_long_request_latency", "temporal_workflow_task_schedule_to_start_latency",
        "temporal_activity_schedule_to_start_latency", "temporal_activity_execution_failed",
        "temporal_workflow_completed", "temporal_sticky_cache_size",
        "temporal_worker_task_slots_available");
    long before = lines(unfiltered.scrape());
    long after = lines(filtered.scrape());
    assertThat(after).isLessThan(before / 4);
    assertThat(buckets(filtered.scrape(), "temporal_request_latency_seconds_bucket"))
        .hasSize(TemporalMetrics.BUCKETS.length + 1);
  }

  private static void runProbe(CompositeMeterRegistry meters) throws Exception {
    Scope scope = TemporalMetrics.scope(meters, Duration.ofSeconds(1));
    try (InProcessTestServer server = TestServer.createServer(true)) {
      WorkflowServiceStubs stubs = WorkflowServiceStubs.newServiceStubs(
          WorkflowServiceStubsOptions.newBuilder().setChannel(server.getChannel())
              .setMetricsScope(scope).build());
      WorkerFactory factory = WorkerFactory.newInstance(WorkflowClient.newInstance(stubs));
      MetricsProbe.register(factory.newWorker("metrics-probe"));
      factory.start();
      MetricsProbe.Probe probe = factory.getWorkflowClient().newWorkflowStub(
          MetricsProbe.Probe.class,
          WorkflowOptions.newBuilder().setTaskQueue("metrics-probe").build());
      assertThat(probe.run()).isEqualTo("touched");
      factory.shutdown();
      factory.awaitTermination(10, TimeUnit.SECONDS);
      scope.close(); // reports what is buffered
      stubs.shutdown();
    }
  }

  /** Metric family names, without the suffixes Prometheus adds to counters and timers. */
  private static Set<String> names(String scrape) {
    return scrape.lines().filter(line -> line.startsWith("temporal_"))
        .map(line -> line.replaceAll("[{ ].*", ""))
        .map(name -> name.replaceAll("(_seconds)?(_total|_count|_sum|_max|_bucket)?$", ""))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static long lines(String scrape) {
    return scrape.lines().filter(line -> line.startsWith("temporal_")).count();
  }

  /** The {@code le} labels of one series of the metric. */
  private static List<String> buckets(String scrape, String metric) {
    String first = scrape.lines().filter(line -> line.startsWith(metric + "{")).findFirst()
        .orElseThrow();
    String series = first.replaceAll(",?le=\"[^\"]*\"", "").replaceAll(" .*", "");
    return scrape.lines().filter(line -> line.startsWith(metric + "{"))
        .filter(line -> line.replaceAll(",?le=\"[^\"]*\"", "").replaceAll(" .*", "")
            .equals(series))
        .map(line -> line.replaceAll(".*le=\"([^\"]*)\".*", "$1"))
        .collect(Collectors.toList());
  }
}
