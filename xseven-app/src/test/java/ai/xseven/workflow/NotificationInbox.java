package ai.xseven.workflow;

import static org.awaitility.Awaitility.await;

import ai.xseven.notification.Notification;
import ai.xseven.notification.OwnerAlert;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;

/**
 * Stands in for the notification feature in application slices: the workflows' notification
 * activities, delivering each dedup key once as a channel does, and a listener for the workflow
 * feature's events. Not a {@code @Component}: application tests would find it next to the real
 * notification activities; slices {@code @Import} it.
 */
class NotificationInbox implements NotificationActivities {

  private final List<Notification> calls = new CopyOnWriteArrayList<>();
  private final Map<String, Notification> delivered = new LinkedHashMap<>();
  private final List<OwnerAlert> alerts = new CopyOnWriteArrayList<>();
  private final List<WorkflowStarted> started = new CopyOnWriteArrayList<>();

  @Override
  public void notifyCustomer(Notification notification) {
    calls.add(notification);
    synchronized (delivered) {
      delivered.putIfAbsent(notification.dedupKey(), notification);
    }
  }

  @Override
  public void alertOwner(OwnerAlert alert) {
    alerts.add(alert);
  }

  @EventListener
  void on(WorkflowStarted event) {
    started.add(event);
  }

  /** What the conversation's customer saw: each dedup key once, in order. */
  List<Notification> of(UUID conversationId) {
    synchronized (delivered) {
      return delivered.values().stream()
          .filter(n -> Objects.equals(n.conversationId(), conversationId))
          .toList();
    }
  }

  /** Every delivery to the conversation, repeats included. */
  List<Notification> callsOf(UUID conversationId) {
    return calls.stream().filter(n -> Objects.equals(n.conversationId(), conversationId)).toList();
  }

  /** Waits (in real time: activities run on worker threads) until the key arrives. */
  Notification awaitKey(UUID conversationId, String dedupKey) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> of(conversationId).stream().anyMatch(n -> n.dedupKey().equals(dedupKey)));
    return of(conversationId).stream()
        .filter(n -> n.dedupKey().equals(dedupKey))
        .findFirst()
        .orElseThrow();
  }

  List<OwnerAlert> alertsOf(UUID businessId) {
    return alerts.stream().filter(a -> Objects.equals(a.businessId(), businessId)).toList();
  }

  List<WorkflowStarted> started(UUID conversationId) {
    return started.stream().filter(e -> e.conversationId().equals(conversationId)).toList();
  }
}
