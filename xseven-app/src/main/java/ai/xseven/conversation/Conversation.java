package ai.xseven.conversation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

@Entity
class Conversation {

  static final String OPEN = "OPEN";
  static final String CLOSED = "CLOSED";
  /** Handed over to the business's staff: the assistant stays quiet until they hand it back. */
  static final String ESCALATED = "ESCALATED";
  static final String WITH_STAFF = "with-staff";

  @Id UUID id;
  UUID businessId;
  String channel;
  String status;
  String stage;
  String lastIntent;
  /** The studio user who took the conversation over; null while the assistant has it. */
  String takenOverBy;
  /** Messages so far; the next message's sequence number. Changed only under the row lock. */
  int messageCount;
  Instant createdAt;
  Instant updatedAt;

  protected Conversation() {}

  Conversation(UUID businessId, Channel channel, Instant now) {
    this.id = UUID.randomUUID();
    this.businessId = businessId;
    this.channel = channel.value();
    this.status = OPEN;
    this.stage = "greeting";
    this.createdAt = now;
    this.updatedAt = now;
  }

  int nextSeq() {
    return ++messageCount;
  }

  boolean isEscalated() {
    return ESCALATED.equals(status);
  }

  boolean isClosed() {
    return CLOSED.equals(status);
  }
}
