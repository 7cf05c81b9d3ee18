package ai.xseven.guardrail;

/** What an item or service really costs. {@code formatted} is how the catalog tool writes it. */
public record CatalogPrice(String item, int priceCents, String currency, String formatted) {}
