package ai.xseven.business;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** A dish on a menu or a service on a salon's price list. */
@Entity
class CatalogItem {

  @Id UUID id;
  UUID businessId;
  String category;
  String name;
  String description;
  int priceCents;
  String currency;
  Integer durationMinutes;
  boolean available;
  int position;

  protected CatalogItem() {}

  CatalogItem(UUID businessId, int position, String category, String name, String description,
      int priceCents, Integer durationMinutes) {
    this.id = UUID.randomUUID();
    this.businessId = businessId;
    this.position = position;
    this.category = category;
    this.name = name;
    this.description = description;
    this.priceCents = priceCents;
    this.currency = "USD";
    this.durationMinutes = durationMinutes;
    this.available = true;
  }

  CatalogEntry toEntry() {
    return new CatalogEntry(id, category, name, description, priceCents, currency, durationMinutes);
  }
}
