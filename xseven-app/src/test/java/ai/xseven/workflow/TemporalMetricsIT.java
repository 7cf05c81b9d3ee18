package ai.xseven.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code /actuator/prometheus} of the running application, with the embedded Temporal server:
 * workflow and activity metrics are there, each timer with a handful of buckets, and no Temporal
 * series outside the kept ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "xseven.temporal.metrics-interval=PT1S")
@AutoConfigureObservability(tracing = false) // tests leave metrics export off unless asked
@ActiveProfiles("test")
class TemporalMetricsIT {

  @Autowired TestRestTemplate http;
  @Autowired WorkflowClient client;

  @Test
  void thePrometheusEndpointShowsTheUsefulTemporalSeriesOnly() {
    // A worker of the test's own on the application's client, so its metrics reach the same
    // registry whatever workflows the application registers.
    WorkerFactory probes = WorkerFactory.newInstance(client);
    MetricsProbe.register(probes.newWorker("metrics-probe-it"));
    probes.start();
    try {
      MetricsProbe.Probe probe = client.newWorkflowStub(MetricsProbe.Probe.class,
          WorkflowOptions.newBuilder().setTaskQueue("metrics-probe-it").build());
      assertThat(probe.run()).isEqualTo("touched");

      String scrape = await().atMost(Duration.ofSeconds(30)).until(this::scrape,
          text -> text.contains("temporal_workflow_completed_total{")
              && text.contains("temporal_activity_execution_failed_total{"));

      assertThat(families(scrape)).isSubsetOf(TemporalMetrics.KEPT).contains(
          "temporal_request", "temporal_request_latency", "temporal_long_request_latency",
          "temporal_workflow_task_schedule_to_start_latency",
          "temporal_activity_schedule_to_start_latency", "temporal_activity_execution_latency",
          "temporal_activity_execution_failed", "temporal_workflow_completed",
          "temporal_sticky_cache_size", "temporal_worker_task_slots_available",
          "temporal_worker_task_slots_used");
      assertThat(scrape).doesNotContain("temporal_worker_start", "temporal_poller_start",
          "temporal_workflow_task_queue_poll_succeed", "temporal_workflow_endtoend_latency",
          "temporal_activity_succeed_endtoend_latency");
      assertThat(scrape.lines().filter(line -> line.startsWith("temporal_"))
          .filter(line -> line.contains("_bucket{")).filter(line -> line.contains("le=\"0.001\"")))
          .as("Micrometer's default buckets are replaced").isEmpty();
      assertThat(scrape).contains("jvm_memory_used_bytes"); // other series are left alone
    } finally {
      probes.shutdown();
      probes.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private String scrape() {
    return http.getForObject("/actuator/prometheus", String.class);
  }

  private static Set<String> families(String scrape) {
    return scrape.lines().filter(line -> line.startsWith("temporal_"))
        .map(line -> line.replaceAll("[{ ].*", ""))
        .map(name -> name.replaceAll("(_seconds)?(_total|_count|_sum|_max|_bucket)?$", ""))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
