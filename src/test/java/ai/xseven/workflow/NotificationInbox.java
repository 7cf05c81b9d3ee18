package ai.xseven.workflow;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Stands in for the conversation feature: records the events the workflow feature publishes. */
@Component
class NotificationInbox {

  private final List<ConversationNotification> notifications = new CopyOnWriteArrayList<>();
  private final List<WorkflowStarted> started = new CopyOnWriteArrayList<>();

  @EventListener
  void on(ConversationNotification notification) {
    notifications.add(notification);
  }

  @EventListener
  void on(WorkflowStarted event) {
    started.add(event);
  }

  List<ConversationNotification> of(UUID conversationId) {
    return notifications.stream().filter(n -> n.conversationId().equals(conversationId)).toList();
  }

  /** Waits (in real time: activities run on worker threads) until the key arrives. */
  ConversationNotification awaitKey(UUID conversationId, String dedupKey) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                of(conversationId).stream().filter(n -> n.dedupKey().equals(dedupKey)).findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  List<WorkflowStarted> started(UUID conversationId) {
    return started.stream().filter(e -> e.conversationId().equals(conversationId)).toList();
  }
}
