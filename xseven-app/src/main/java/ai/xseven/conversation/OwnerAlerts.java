package ai.xseven.conversation;

import ai.xseven.notification.OwnerAlert;
import ai.xseven.notification.OwnerInbox;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workflow alerts (a no-show, an order waiting too long) become owner notifications, listed by
 * {@code GET /api/v1/businesses/{id}/notifications}. The dedup key is unique in the table, so of
 * two concurrent attempts one fails and its retry finds the other's row.
 */
@Component
class OwnerAlerts implements OwnerInbox {

  private static final Logger log = LoggerFactory.getLogger(OwnerAlerts.class);

  private final OwnerNotificationRepository notifications;
  private final ConversationRepository conversations;
  private final Clock clock;

  OwnerAlerts(OwnerNotificationRepository notifications, ConversationRepository conversations,
      Clock clock) {
    this.notifications = notifications;
    this.conversations = conversations;
    this.clock = clock;
  }

  /**
   * An alert that can never be stored is logged and dropped rather than thrown: the activity
   * would retry it for ever.
   */
  @Override
  @Transactional
  public void store(OwnerAlert alert) {
    if (alert.businessId() == null) {
      log.warn("Owner alert {} names no business; dropped: {}", alert.dedupKey(), alert.text());
      return;
    }
    if (notifications.existsByDedupKey(alert.dedupKey())) {
      return;
    }
    UUID conversationId = alert.conversationId();
    if (conversationId != null && !conversations.existsById(conversationId)) {
      log.warn("Owner alert {} names conversation {}, which does not exist; stored without it",
          alert.dedupKey(), conversationId);
      conversationId = null;
    }
    OwnerNotification notification = new OwnerNotification(alert.businessId(), conversationId,
        alert.kind(), alert.text(), clock.instant());
    notification.dedupKey = alert.dedupKey();
    notifications.save(notification);
  }
}
