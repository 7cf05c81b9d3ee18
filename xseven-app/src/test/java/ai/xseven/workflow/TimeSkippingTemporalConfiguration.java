package ai.xseven.workflow;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.WorkerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Temporal on a time-skipping test server, for application tests: {@code @Import} this class and
 * set {@code xseven.temporal.mode=time-skipping}, then inject {@link TestWorkflowEnvironment} and
 * call {@code testEnv.sleep(Duration.ofHours(23))} to see reminders arrive. The application's own
 * worker registration ({@code TemporalWorkers}) runs on this environment's factory.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "xseven.temporal.mode", havingValue = "time-skipping")
public class TimeSkippingTemporalConfiguration {

  @Bean(destroyMethod = "close")
  TestWorkflowEnvironment testWorkflowEnvironment(TemporalProperties properties) {
    return TestWorkflowEnvironment.newInstance(
        TestEnvironmentOptions.newBuilder()
            .setWorkflowClientOptions(
                WorkflowClientOptions.newBuilder().setNamespace(properties.namespace()).build())
            .build());
  }

  @Bean
  WorkflowClient workflowClient(TestWorkflowEnvironment testEnv) {
    return testEnv.getWorkflowClient();
  }

  /** Closed with the environment; {@code TemporalWorkers} starts and stops it. */
  @Bean(destroyMethod = "")
  WorkerFactory workerFactory(TestWorkflowEnvironment testEnv) {
    return testEnv.getWorkerFactory();
  }
}
