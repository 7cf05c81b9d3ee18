package ai.xseven.workflow;

import com.uber.m3.tally.NoopScope;
import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Temporal's client and worker metrics on {@code /actuator/prometheus}, cut down to what tells
 * whether workflows keep up. Unfiltered, every timer publishes ~70 histogram buckets per RPC
 * operation, task queue and workflow type: well over a thousand series, nearly all of them noise.
 */
@Configuration(proxyBeanMethods = false)
class TemporalMetrics {

  /**
   * The series kept: request failures and latency (polls included), how long tasks wait for a
   * worker (schedule-to-start: the sign of too few slots or pollers) and run, failures, the sticky
   * cache and the slots. Everything else named {@code temporal_*} is dropped.
   */
  static final Set<String> KEPT = Set.of(
      "temporal_request",
      "temporal_request_failure",
      "temporal_request_latency",
      "temporal_long_request_failure",
      "temporal_long_request_latency",
      "temporal_workflow_task_schedule_to_start_latency",
      "temporal_workflow_task_execution_latency",
      "temporal_workflow_task_execution_failed",
      "temporal_activity_schedule_to_start_latency",
      "temporal_activity_execution_latency",
      "temporal_activity_execution_failed",
      "temporal_workflow_completed",
      "temporal_workflow_failed",
      "temporal_sticky_cache_hit",
      "temporal_sticky_cache_miss",
      "temporal_sticky_cache_size",
      "temporal_sticky_cache_total_forced_eviction",
      "temporal_worker_task_slots_available",
      "temporal_worker_task_slots_used",
      "temporal_num_pollers");

  /** Latency buckets of the kept timers, instead of Micrometer's ~70 default ones. */
  static final Duration[] BUCKETS = {
    Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(500),
    Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(70)
  };

  private static final String PREFIX = "temporal_";

  /** Reports into the application's meter registry; a no-op where there is none (slices). */
  @Bean(destroyMethod = "close")
  Scope temporalMetricsScope(ObjectProvider<MeterRegistry> registry,
      TemporalProperties properties) {
    MeterRegistry meters = registry.getIfAvailable();
    return meters == null ? new NoopScope() : scope(meters, properties.metricsInterval());
  }

  static Scope scope(MeterRegistry meters, Duration interval) {
    return new RootScopeBuilder()
        .reporter(new MicrometerClientStatsReporter(meters) {
          @Override
          public void close() {
            // The registry is Spring's to close, after everything that reports into it.
          }
        })
        .reportEvery(com.uber.m3.util.Duration.ofMillis(interval.toMillis()));
  }

  @Bean
  MeterFilter temporalMeterFilter() {
    return filter();
  }

  static MeterFilter filter() {
    return new MeterFilter() {
      @Override
      public MeterFilterReply accept(Meter.Id id) {
        if (!id.getName().startsWith(PREFIX)) {
          return MeterFilterReply.NEUTRAL;
        }
        return KEPT.contains(id.getName()) ? MeterFilterReply.NEUTRAL : MeterFilterReply.DENY;
      }

      @Override
      public DistributionStatisticConfig configure(Meter.Id id,
          DistributionStatisticConfig config) {
        if (!id.getName().startsWith(PREFIX)) {
          return config;
        }
        return DistributionStatisticConfig.builder()
            .percentilesHistogram(false)
            .serviceLevelObjectives(
                Arrays.stream(BUCKETS).mapToDouble(Duration::toNanos).toArray())
            .build()
            .merge(config);
      }
    };
  }
}
