package ai.xseven.workflow;

import io.temporal.worker.WorkerFactoryOptions;
import java.time.Duration;
import io.temporal.worker.WorkerOptions;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the Temporal server is, and how much work this node's worker takes on.
 *
 * @param mode {@code embedded} (an in-process server, the default), {@code external} (a cluster at
 *     {@code target}), or {@code time-skipping} (tests only)
 * @param target the cluster's {@code host:port} ({@code TEMPORAL_ADDRESS})
 * @param namespace the namespace workflows run in ({@code TEMPORAL_NAMESPACE})
 * @param metricsInterval how often Temporal's counters and timers are handed to Micrometer
 */
@ConfigurationProperties("xseven.temporal")
record TemporalProperties(String mode, String target, String namespace, String taskQueue,
    @DefaultValue Worker worker, @DefaultValue("PT10S") Duration metricsInterval) {

  /**
   * The worker's capacity ({@code xseven.temporal.worker.*}). Slots bound how many tasks run at
   * once; pollers are the long polls that fetch them. The defaults are the SDK's, except activity
   * slots: notification activities each hold a database connection for a moment, so they default
   * to twice the connection pool rather than 200.
   *
   * @param workflowCacheSize workflows kept in memory between tasks (the sticky cache); a workflow
   *     pushed out is replayed from its history at its next task
   */
  record Worker(
      @DefaultValue("200") int maxConcurrentWorkflowTaskExecutionSize,
      @DefaultValue("40") int maxConcurrentActivityExecutionSize,
      @DefaultValue("5") int workflowTaskPollers,
      @DefaultValue("5") int activityTaskPollers,
      @DefaultValue("600") int workflowCacheSize) {

    Worker {
      if (Math.min(Math.min(maxConcurrentWorkflowTaskExecutionSize,
          maxConcurrentActivityExecutionSize), Math.min(workflowTaskPollers, activityTaskPollers))
          < 1 || workflowCacheSize < 0) {
        throw new IllegalArgumentException("xseven.temporal.worker: slots and pollers must be at "
            + "least 1 and workflow-cache-size at least 0");
      }
    }

    WorkerOptions options() {
      return WorkerOptions.newBuilder()
          .setMaxConcurrentWorkflowTaskExecutionSize(maxConcurrentWorkflowTaskExecutionSize)
          .setMaxConcurrentActivityExecutionSize(maxConcurrentActivityExecutionSize)
          .setMaxConcurrentWorkflowTaskPollers(workflowTaskPollers)
          .setMaxConcurrentActivityTaskPollers(activityTaskPollers)
          .build();
    }

    WorkerFactoryOptions factoryOptions() {
      return WorkerFactoryOptions.newBuilder().setWorkflowCacheSize(workflowCacheSize).build();
    }
  }
}
