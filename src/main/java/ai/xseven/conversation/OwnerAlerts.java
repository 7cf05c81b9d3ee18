package ai.xseven.conversation;

import ai.xseven.notification.OwnerAlert;
import ai.xseven.notification.OwnerInbox;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workflow alerts (a no-show, an order waiting too long) become owner notifications, listed by
 * {@code GET /api/v1/businesses/{id}/notifications}. The dedup key is unique in the table, so of
 * two concurrent attempts one fails and its retry finds the other's row.
 */
@Component
class OwnerAlerts implements OwnerInbox {

  private final OwnerNotificationRepository notifications;
  private final Clock clock;

  OwnerAlerts(OwnerNotificationRepository notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void store(OwnerAlert alert) {
    if (notifications.existsByDedupKey(alert.dedupKey())) {
      return;
    }
    OwnerNotification notification = new OwnerNotification(alert.businessId(),
        alert.conversationId(), alert.kind(), alert.text(), clock.instant());
    notification.dedupKey = alert.dedupKey();
    notifications.save(notification);
  }
}
