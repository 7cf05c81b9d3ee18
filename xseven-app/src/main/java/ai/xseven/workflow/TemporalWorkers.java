package ai.xseven.workflow;

import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Registers the workflows and activities on the task queue, starts polling once the context is up
 * and stops before any bean it needs is destroyed.
 */
@Component
class TemporalWorkers implements SmartLifecycle {

  private final WorkerFactory factory;

  TemporalWorkers(
      WorkerFactory factory, TemporalProperties properties, AppointmentActivities activities,
      ObjectProvider<OrderActivities> orderActivities,
      ObjectProvider<NotificationActivities> notificationActivities) {
    this.factory = factory;
    Worker worker = factory.newWorker(properties.taskQueue(), properties.worker().options());
    worker.registerWorkflowImplementationTypes(AppointmentWorkflowImpl.class);
    worker.registerActivitiesImplementations(activities);
    // Optional so that a slice of the application (a test without a database) can leave them out.
    notificationActivities.ifAvailable(worker::registerActivitiesImplementations);
    orderActivities.ifAvailable(order -> {
      worker.registerWorkflowImplementationTypes(OrderWorkflowImpl.class);
      worker.registerActivitiesImplementations(order);
    });
  }

  @Override
  public void start() {
    factory.start();
  }

  @Override
  public void stop() {
    factory.shutdown();
    factory.awaitTermination(10, TimeUnit.SECONDS);
  }

  @Override
  public boolean isRunning() {
    return factory.isStarted() && !factory.isShutdown();
  }
}
