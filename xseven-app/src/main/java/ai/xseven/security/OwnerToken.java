package ai.xseven.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A stored owner token: only its SHA-256 hash, never the token. */
@Entity
class OwnerToken {

  @Id UUID id;
  UUID businessId;
  String tokenHash;
  String label;
  Instant createdAt;

  /** Null: the token does not expire. */
  Instant expiresAt;

  protected OwnerToken() {}

  OwnerToken(UUID businessId, String tokenHash, String label, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.businessId = businessId;
    this.tokenHash = tokenHash;
    this.label = label;
    this.createdAt = createdAt;
  }

  boolean expiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  Owner toOwner() {
    return new Owner(id, businessId, label);
  }
}
