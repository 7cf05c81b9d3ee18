package ai.xseven.conversation;

import ai.xseven.notification.Notification;
import ai.xseven.notification.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default notification channel: the text becomes a notification line of the customer's
 * conversation, pushed over the WebSocket through the outbox once the transaction commits, or seen
 * when the customer reloads the transcript. The line carries the dedup key, so a notification
 * delivered again shows once.
 */
@Component
class ConversationChannel implements NotificationChannel {

  static final String NAME = "conversation";

  private static final Logger log = LoggerFactory.getLogger(ConversationChannel.class);

  private final ConversationRepository conversations;
  private final MessageRepository messages;
  private final Transcript transcript;

  ConversationChannel(ConversationRepository conversations, MessageRepository messages,
      Transcript transcript) {
    this.conversations = conversations;
    this.messages = messages;
    this.transcript = transcript;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Joins the caller's transaction: the line, its frame and the delivery record commit as one. */
  @Override
  @Transactional
  public void deliver(Notification notification) {
    if (notification.conversationId() == null) {
      log.info("{} has no conversation to be shown in", notification.dedupKey());
      return;
    }
    conversations.lock(notification.conversationId()).ifPresentOrElse(
        conversation -> {
          if (!messages.existsByDedupKey(notification.dedupKey())) {
            transcript.notification(conversation, notification.text(), notification.dedupKey());
          }
        },
        () -> log.warn("{} is for conversation {}, which does not exist",
            notification.dedupKey(), notification.conversationId()));
  }
}
