package ai.xseven.workflow;

import ai.xseven.notification.Notification;
import ai.xseven.notification.OwnerAlert;
import io.temporal.testing.TestWorkflowEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the notification feature in workflow tests. Records every call with the (virtual)
 * time it was made, and, like a real channel, delivers each dedup key once: {@link #calls} shows a
 * retried or repeated delivery, {@link #delivered} what the customer saw.
 */
class RecordingActivities implements NotificationActivities {

  record Sent(long atMillis, Notification notification) {

    /** What it was within the workflow: {@code reminder-60m} of {@code appointment-<id>-...}. */
    String key() {
      return AppointmentKeys.withinWorkflow(notification.dedupKey());
    }
  }

  record Alerted(long atMillis, OwnerAlert alert) {}

  private final TestWorkflowEnvironment testEnv;
  private final List<Sent> calls = new CopyOnWriteArrayList<>();
  private final Map<String, Sent> delivered = new LinkedHashMap<>();
  private final List<Alerted> alerts = new CopyOnWriteArrayList<>();

  RecordingActivities(TestWorkflowEnvironment testEnv) {
    this.testEnv = testEnv;
  }

  @Override
  public void notifyCustomer(Notification notification) {
    Sent sent = new Sent(testEnv.currentTimeMillis(), notification);
    calls.add(sent);
    synchronized (delivered) {
      delivered.putIfAbsent(notification.dedupKey(), sent);
    }
  }

  @Override
  public void alertOwner(OwnerAlert alert) {
    alerts.add(new Alerted(testEnv.currentTimeMillis(), alert));
  }

  /** Every call, retries and repeats included. */
  List<Sent> calls() {
    return List.copyOf(calls);
  }

  /** What the customer saw: the first delivery of each dedup key, in order. */
  List<Sent> delivered() {
    synchronized (delivered) {
      return List.copyOf(delivered.values());
    }
  }

  /** The delivered messages' keys within the workflow, e.g. {@code confirmation}. */
  List<String> keys() {
    return delivered().stream().map(Sent::key).toList();
  }

  Sent get(String key) {
    List<Sent> matching = delivered().stream().filter(s -> s.key().equals(key)).toList();
    if (matching.size() != 1) {
      throw new AssertionError(matching.size() + " deliveries of " + key + " among " + keys());
    }
    return matching.get(0);
  }

  List<Alerted> alerts() {
    return List.copyOf(alerts);
  }
}
