package ai.xseven.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A studio account; the password is a bcrypt hash. */
@Entity
class StudioUser {

  @Id UUID id;
  String username;
  String passwordHash;

  @Enumerated(EnumType.STRING)
  StudioRole role;

  UUID businessId;
  boolean enabled;
  Instant createdAt;

  protected StudioUser() {}

  StudioUser(String username, String passwordHash, StudioRole role, UUID businessId,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.username = username;
    this.passwordHash = passwordHash;
    this.role = role;
    this.businessId = businessId;
    this.enabled = true;
    this.createdAt = createdAt;
  }

  StudioAccount toAccount() {
    return new StudioAccount(id, username, role, businessId, enabled);
  }
}
