package ai.xseven.business;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

@Entity
class Booking {

  enum Status {
    CONFIRMED,
    CANCELLED
  }

  @Id UUID id;
  UUID businessId;
  UUID conversationId;
  String customerName;
  UUID catalogItemId;
  int partySize;
  Instant startsAt;
  Instant endsAt;

  @Enumerated(EnumType.STRING)
  Status status;

  Instant createdAt;

  protected Booking() {}

  Booking(UUID businessId, UUID conversationId, String customerName, UUID catalogItemId,
      int partySize, Instant startsAt, Instant endsAt, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.businessId = businessId;
    this.conversationId = conversationId;
    this.customerName = customerName;
    this.catalogItemId = catalogItemId;
    this.partySize = partySize;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.status = Status.CONFIRMED;
    this.createdAt = createdAt;
  }
}
