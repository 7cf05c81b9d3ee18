package ai.xseven.conversation;

import ai.xseven.conversation.Message.Role;
import ai.xseven.process.AssistantReplied.GuardrailNote;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Appends messages to a conversation and queues the push of what the customer should see. */
@Component
class Transcript {

  private final MessageRepository messages;
  private final Outbox outbox;
  private final ConversationChanges changes;
  private final Clock clock;

  Transcript(MessageRepository messages, Outbox outbox, ConversationChanges changes, Clock clock) {
    this.messages = messages;
    this.outbox = outbox;
    this.changes = changes;
    this.clock = clock;
  }

  /** The caller holds the conversation's row lock (sequence numbers are allocated from it). */
  Message userMessage(Conversation conversation, String text, String clientMessageId) {
    Message message = new Message(conversation, Role.USER, text, clock.instant());
    message.clientMessageId = clientMessageId;
    changes.touched(conversation);
    return messages.save(message);
  }

  Message assistantReply(Conversation conversation, String text, GuardrailNote guardrail) {
    Message message = new Message(conversation, Role.ASSISTANT, text, clock.instant());
    if (guardrail != null) {
      message.guarded(guardrail.decision(), guardrail.rules(), guardrail.reason());
    }
    messages.save(message);
    outbox.enqueue(new PushFrame("message", conversation.id, message.toView()));
    changes.touched(conversation);
    return message;
  }

  /** A staff member writes while the conversation is handed over. */
  Message staffMessage(Conversation conversation, String text) {
    Message message = messages.save(new Message(conversation, Role.STAFF, text, clock.instant()));
    outbox.enqueue(new PushFrame("message", conversation.id, message.toView()));
    changes.touched(conversation);
    return message;
  }

  Message notification(Conversation conversation, String text, String dedupKey) {
    Message message = new Message(conversation, Role.NOTIFICATION, text, clock.instant());
    message.dedupKey = dedupKey;
    messages.save(message);
    outbox.enqueue(new PushFrame("notification", conversation.id, message.toView()));
    changes.touched(conversation);
    return message;
  }
}
