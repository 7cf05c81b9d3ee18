package ai.xseven.workflow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Hands notifications to the conversation feature as application events. A listener that throws
 * fails the activity, and Temporal retries it.
 */
@Component
class AppointmentActivitiesImpl implements AppointmentActivities {

  private static final Logger log = LoggerFactory.getLogger(AppointmentActivitiesImpl.class);

  private final ApplicationEventPublisher events;

  AppointmentActivitiesImpl(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void notifyConversation(ConversationNotification notification) {
    if (notification.conversationId() == null) {
      // Booked outside a conversation: there is nobody to tell.
      log.info("No conversation for {}", notification.dedupKey());
      return;
    }
    events.publishEvent(notification);
  }
}
