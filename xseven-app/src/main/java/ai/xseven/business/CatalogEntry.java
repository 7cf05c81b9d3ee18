package ai.xseven.business;

import java.util.UUID;

/** A menu item or a salon service with its price (and, for services, its duration). */
public record CatalogEntry(
    UUID id,
    String category,
    String name,
    String description,
    int priceCents,
    String currency,
    Integer durationMinutes) {

  public String formattedPrice() {
    return Money.format(priceCents, currency);
  }
}
