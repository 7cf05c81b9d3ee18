package ai.xseven.conversation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Something the business owner must act on, e.g. a conversation handed over to staff. */
@Entity
class OwnerNotification {

  static final String HANDOVER = "HANDOVER";

  @Id UUID id;
  UUID businessId;
  UUID conversationId;
  String kind;
  String text;
  /** Set for alerts from workflows: the same alert, retried, is stored once. */
  String dedupKey;
  Instant createdAt;
  Instant readAt;

  protected OwnerNotification() {}

  OwnerNotification(UUID businessId, UUID conversationId, String kind, String text, Instant now) {
    this.id = UUID.randomUUID();
    this.businessId = businessId;
    this.conversationId = conversationId;
    this.kind = kind;
    this.text = text;
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  OwnerNotificationView toView() {
    return new OwnerNotificationView(id, conversationId, kind, text, createdAt);
  }
}
