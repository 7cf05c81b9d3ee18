package ai.xseven.workflow;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A workflow whose one activity fails at its first attempt: enough to make the worker emit every
 * kind of Temporal metric (requests, polls, schedule-to-start, execution, failures, sticky cache,
 * slots) without depending on the application's workflows.
 */
final class MetricsProbe {

  private MetricsProbe() {}

  @WorkflowInterface
  public interface Probe {
    @WorkflowMethod
    String run();
  }

  @ActivityInterface
  public interface ProbeActivities {
    String touch();
  }

  public static class ProbeImpl implements Probe {
    private final ProbeActivities activities = Workflow.newActivityStub(ProbeActivities.class,
        ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10))
            .setRetryOptions(RetryOptions.newBuilder()
                .setInitialInterval(Duration.ofMillis(100)).setMaximumAttempts(3).build())
            .build());

    @Override
    public String run() {
      Workflow.sleep(Duration.ofMillis(10));
      return activities.touch();
    }
  }

  /** Fails the first call. */
  static class FailsOnce implements ProbeActivities {
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public String touch() {
      if (calls.getAndIncrement() == 0) {
        throw new IllegalStateException("first attempt fails on purpose");
      }
      return "touched";
    }
  }

  static void register(Worker worker) {
    worker.registerWorkflowImplementationTypes(ProbeImpl.class);
    worker.registerActivitiesImplementations(new FailsOnce());
  }
}
