package ai.xseven.dashboard;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.CatalogEntry;
import ai.xseven.business.MenuChanges;
import ai.xseven.business.NotFoundException;
import ai.xseven.business.OpeningPeriod;
import ai.xseven.business.PriceChange;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An owner's change as the dashboard chat handles it: described from the business's current
 * data, checked by the menu-change policy without being made (the preview), and made (after the
 * owner's yes) through {@link MenuChanges}, which asks the policy again under the business's lock.
 */
@Component
class OwnerChanges {

  /**
   * @param subject what the audit log names: {@code business:<id>/catalog:<itemId>} or
   *     {@code business:<id>/hours}
   * @param summary "Margherita: $14 → $15"
   * @param action the audit action when the change is made, e.g. {@code menu.price-changed}
   * @param unchanged the change would leave everything as it is
   */
  record Described(String subject, String summary, String action, boolean unchanged) {}

  private final BusinessService businesses;
  private final MenuChanges changes;

  OwnerChanges(BusinessService businesses, MenuChanges changes) {
    this.businesses = businesses;
    this.changes = changes;
  }

  /** @throws NotFoundException when the item is no longer listed */
  Described describe(BusinessProfile business, MenuChangeRequest change) {
    return switch (change.kind()) {
      case PRICE -> {
        CatalogEntry item = item(business, change.itemId());
        PriceChange price =
            new PriceChange(item.name(), item.currency(), item.priceCents(), change.priceCents());
        yield new Described(itemSubject(business, item.id()),
            item.name() + ": " + price.current() + " → " + price.proposed(),
            "menu.price-changed", item.priceCents() == change.priceCents());
      }
      case REMOVAL -> {
        CatalogEntry item = item(business, change.itemId());
        yield new Described(itemSubject(business, item.id()),
            "take " + item.name() + " (" + item.formattedPrice() + ") off "
                + ChangeDescriptions.catalogNoun(business),
            "menu.item-removed", false);
      }
      case HOURS -> {
        String diff = ChangeDescriptions.hours(businesses.openingHours(business.id()), change.week());
        yield new Described("business:" + business.id() + "/hours", "opening hours — " + diff,
            "menu.hours-replaced", diff.isEmpty());
      }
    };
  }

  /**
   * Asks the policy without changing anything.
   *
   * @throws ai.xseven.business.ChangeRefusedException with the policy's reasons
   */
  void check(BusinessProfile business, MenuChangeRequest change) {
    switch (change.kind()) {
      case PRICE -> changes.checkPrice(business.id(), change.itemId(), change.priceCents());
      case REMOVAL -> changes.checkRemoval(business.id(), change.itemId());
      case HOURS -> changes.checkOpeningHours(business.id(), change.week());
    }
  }

  /**
   * Makes the change and says what is true now: "The Margherita now costs $15."
   *
   * @throws ai.xseven.business.ChangeRefusedException if the policy refuses it now
   * @throws NotFoundException when the item is no longer listed
   */
  String apply(BusinessProfile business, MenuChangeRequest change) {
    return switch (change.kind()) {
      case PRICE -> {
        CatalogEntry changed =
            changes.changePrice(business.id(), change.itemId(), change.priceCents());
        yield changed.name() + " now costs " + changed.formattedPrice() + ".";
      }
      case REMOVAL -> {
        String name = item(business, change.itemId()).name();
        changes.remove(business.id(), change.itemId());
        yield name + " is off " + ChangeDescriptions.catalogNoun(business) + ".";
      }
      case HOURS -> {
        List<OpeningPeriod> before = businesses.openingHours(business.id());
        changes.replaceOpeningHours(business.id(), change.week());
        yield "From now on " + ChangeDescriptions.newHours(before, change.week()) + ".";
      }
    };
  }

  private CatalogEntry item(BusinessProfile business, UUID itemId) {
    return businesses.catalog(business.id()).stream()
        .filter(entry -> entry.id().equals(itemId))
        .findFirst()
        .orElseThrow(() -> new ItemGoneException(itemId));
  }

  private static String itemSubject(BusinessProfile business, UUID itemId) {
    return "business:" + business.id() + "/catalog:" + itemId;
  }

  /** The item was taken off the catalog between the owner's request and now. */
  static class ItemGoneException extends RuntimeException {
    ItemGoneException(UUID itemId) {
      super("That item is no longer listed (" + itemId + ").");
    }
  }
}
