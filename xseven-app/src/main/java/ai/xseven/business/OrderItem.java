package ai.xseven.business;

import java.util.UUID;

/**
 * What a customer asks for: a catalog item, named by its id or by its name, and how many. The
 * price is never the caller's: it is read from the catalog.
 *
 * @param catalogItemId the item's id, or null to name it
 * @param name the item's catalog name (case does not matter), used when there is no id
 */
public record OrderItem(UUID catalogItemId, String name, int quantity) {

  public static OrderItem named(String name, int quantity) {
    return new OrderItem(null, name, quantity);
  }

  /** The id, or the name in quotes, for the sentences a refusal says. */
  String label() {
    return catalogItemId != null ? "item " + catalogItemId : "'" + name + "'";
  }
}
