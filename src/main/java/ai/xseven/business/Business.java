package ai.xseven.business;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

@Entity
class Business {

  @Id UUID id;
  String slug;
  String name;

  @Enumerated(EnumType.STRING)
  BusinessKind kind;

  String description;
  String area;
  String address;
  String phone;
  String timeZone;

  /** Seats for a restaurant, chairs (parallel appointments) for a salon. */
  int capacity;

  /** How long a table is held, or the default length of an appointment. */
  int slotMinutes;

  /** How far ahead a booking must be made. */
  int minLeadMinutes;

  /** What the business lets its assistant spend on LLM calls per calendar month; null: no limit. */
  Long monthlyBudgetCents;

  Instant createdAt;

  protected Business() {}

  Business(String slug, String name, BusinessKind kind) {
    this.id = UUID.randomUUID();
    this.slug = slug;
    this.name = name;
    this.kind = kind;
    this.createdAt = Instant.now();
  }

  ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  BusinessProfile toProfile() {
    return new BusinessProfile(
        id, slug, name, kind, description, area, address, phone, zone(), capacity, slotMinutes);
  }
}
