package ai.xseven.business;

import java.util.Locale;
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
    String symbol = "USD".equals(currency) ? "$" : currency + " ";
    return priceCents % 100 == 0
        ? symbol + priceCents / 100
        : String.format(Locale.ROOT, "%s%d.%02d", symbol, priceCents / 100, priceCents % 100);
  }
}
