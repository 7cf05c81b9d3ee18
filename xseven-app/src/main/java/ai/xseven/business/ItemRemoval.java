package ai.xseven.business;

/**
 * An owner's wish to take an item off the catalog, as {@code rules/menu-change-policy.drl} sees
 * it.
 *
 * @param openOrders orders not yet served that include the item (see {@link MenuChanges})
 */
public record ItemRemoval(String item, int openOrders) {}
