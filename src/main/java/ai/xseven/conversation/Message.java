package ai.xseven.conversation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

@Entity
class Message {

  enum Role {
    USER,
    ASSISTANT,
    NOTIFICATION
  }

  @Id UUID id;
  UUID conversationId;
  int seq;

  @Enumerated(EnumType.STRING)
  Role role;

  String text;
  String clientMessageId;
  String dedupKey;
  Instant createdAt;

  protected Message() {}

  Message(Conversation conversation, Role role, String text, Instant now) {
    this.id = UUID.randomUUID();
    this.conversationId = conversation.id;
    this.seq = conversation.nextSeq();
    this.role = role;
    this.text = text;
    // The database keeps microseconds; so does the first answer, and a replay equals it.
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  MessageView toView() {
    return new MessageView(id, role.name().toLowerCase(), text, createdAt);
  }
}
