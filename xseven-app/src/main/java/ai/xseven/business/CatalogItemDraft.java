package ai.xseven.business;

/**
 * A catalog item as an owner types it in the studio, to add or to replace one.
 *
 * @param durationMinutes how long a salon service takes; null for a dish
 */
public record CatalogItemDraft(String category, String name, String description, int priceCents,
    Integer durationMinutes) {}
