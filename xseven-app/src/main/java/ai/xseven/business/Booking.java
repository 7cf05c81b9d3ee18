package ai.xseven.business;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

@Entity
class Booking {

  /**
   * Where a booking is in its life. CONFIRMED and CHECKED_IN hold their seats or chair; the others
   * have let them go.
   */
  enum Status {
    CONFIRMED,
    CHECKED_IN,
    COMPLETED,
    NO_SHOW,
    CANCELLED;

    /** Whether the booking still takes its place in the business's capacity. */
    boolean holdsItsPlace() {
      return this == CONFIRMED || this == CHECKED_IN;
    }
  }

  @Id UUID id;
  UUID businessId;
  UUID conversationId;
  String customerName;
  String customerContact;
  UUID catalogItemId;
  int partySize;
  Instant startsAt;
  Instant endsAt;

  @Enumerated(EnumType.STRING)
  Status status;

  /** The appointment workflow that drives it, once started. */
  String workflowId;

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
