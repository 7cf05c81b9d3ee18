package ai.xseven.workflow;

import com.uber.m3.tally.Scope;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import io.temporal.testserver.TestServer.InProcessTestServer;
import io.temporal.worker.WorkerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The Temporal client and worker factory, against an in-process server ({@code embedded}) or a
 * cluster ({@code external}), with the worker options of {@code xseven.temporal.worker.*} and
 * metrics reported to Micrometer ({@link TemporalMetrics}). Tests bring their own time-skipping
 * environment instead.
 *
 * <p>Each bean depends on the one below it (factory → client → stubs → server), so Spring destroys
 * the server last: closed earlier, it cuts off the workers' long polls and shutdown waits for them.
 */
@Configuration(proxyBeanMethods = false)
@Import(TemporalMetrics.class)
class TemporalConfiguration {

  private static final String MODE = "xseven.temporal.mode";
  private static final String SERVER_MODES =
      "'${xseven.temporal.mode:embedded}' matches 'embedded|external'";

  /** Real time, not time skipping; keeps everything in memory, see {@code AppointmentRecovery}. */
  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(name = MODE, havingValue = "embedded", matchIfMissing = true)
  InProcessTestServer embeddedTemporalServer() {
    return TestServer.createServer(true);
  }

  @Bean(destroyMethod = "shutdown")
  @ConditionalOnProperty(name = MODE, havingValue = "embedded", matchIfMissing = true)
  WorkflowServiceStubs embeddedServiceStubs(InProcessTestServer server, Scope metrics) {
    return WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder()
        .setChannel(server.getChannel()).setMetricsScope(metrics).build());
  }

  @Bean(destroyMethod = "shutdown")
  @ConditionalOnProperty(name = MODE, havingValue = "external")
  WorkflowServiceStubs externalServiceStubs(TemporalProperties properties, Scope metrics) {
    return WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder()
        .setTarget(properties.target()).setMetricsScope(metrics).build());
  }

  @Bean
  @ConditionalOnExpression(SERVER_MODES)
  WorkflowClient workflowClient(WorkflowServiceStubs stubs, TemporalProperties properties) {
    return WorkflowClient.newInstance(
        stubs, WorkflowClientOptions.newBuilder().setNamespace(properties.namespace()).build());
  }

  /** Started and stopped by {@link TemporalWorkers}. */
  @Bean(destroyMethod = "")
  @ConditionalOnExpression(SERVER_MODES)
  WorkerFactory workerFactory(WorkflowClient client, TemporalProperties properties) {
    return WorkerFactory.newInstance(client, properties.worker().factoryOptions());
  }
}
