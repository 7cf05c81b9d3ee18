package ai.xseven.business;

import ai.xseven.rules.RuleEngine;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An owner's changes to the catalog and the opening hours, each allowed by
 * {@code rules/menu-change-policy.drl} first; the {@code check…} methods ask the policy without
 * changing anything (the dashboard chat's preview). The business row is locked, as a booking
 * locks it, so a change and a booking of the same business never decide on each other's stale
 * data. A refusal is thrown before anything is written, so it does not mark a caller's
 * transaction for rollback: the dashboard chat answers it in the same turn.
 */
@Service
@Transactional(noRollbackFor = {ChangeRefusedException.class, NotFoundException.class})
public class MenuChanges {

  static final String RULE_SET = "menu-change-policy";

  private final CatalogItemRepository catalog;
  private final OpeningHoursRepository hours;
  private final BookingRepository bookings;
  private final CustomerOrderRepository orders;
  private final RuleEngine engine;
  private final EntityManager entityManager;
  private final Clock clock;

  MenuChanges(CatalogItemRepository catalog, OpeningHoursRepository hours,
      BookingRepository bookings, CustomerOrderRepository orders, RuleEngine engine,
      EntityManager entityManager, Clock clock) {
    this.catalog = catalog;
    this.hours = hours;
    this.bookings = bookings;
    this.orders = orders;
    this.engine = engine;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /**
   * Asks the policy about a new price without making it: the owner's preview.
   *
   * @return the change as the policy saw it ("$14" → "$15")
   * @throws NotFoundException for an unknown business, or an item it does not list
   * @throws ChangeRefusedException with the policy's reasons
   */
  @Transactional(readOnly = true,
      noRollbackFor = {ChangeRefusedException.class, NotFoundException.class})
  public PriceChange checkPrice(UUID businessId, UUID itemId, int priceCents) {
    CatalogItem item = item(business(businessId), itemId);
    PriceChange change = new PriceChange(item.name, item.currency, item.priceCents, priceCents);
    allow(List.of(change));
    return change;
  }

  /**
   * Asks the policy about the price of a new item, as a change from nothing.
   *
   * @throws NotFoundException for an unknown business
   * @throws ChangeRefusedException with the policy's reasons
   */
  @Transactional(readOnly = true,
      noRollbackFor = {ChangeRefusedException.class, NotFoundException.class})
  public PriceChange checkNewPrice(UUID businessId, String itemName, int priceCents) {
    business(businessId);
    PriceChange change = new PriceChange(itemName, "USD", 0, priceCents);
    allow(List.of(change));
    return change;
  }

  /**
   * Asks the policy about taking an item off the catalog without doing it.
   *
   * @throws NotFoundException for an unknown business, or an item it does not list
   * @throws ChangeRefusedException with the policy's reasons
   */
  @Transactional(readOnly = true,
      noRollbackFor = {ChangeRefusedException.class, NotFoundException.class})
  public ItemRemoval checkRemoval(UUID businessId, UUID itemId) {
    ItemRemoval removal = removal(item(business(businessId), itemId));
    allow(List.of(removal));
    return removal;
  }

  /**
   * Asks the policy about a new week of opening hours without replacing the current one.
   *
   * @throws NotFoundException for an unknown business
   * @throws ChangeRefusedException with the policy's reasons
   */
  @Transactional(readOnly = true,
      noRollbackFor = {ChangeRefusedException.class, NotFoundException.class})
  public void checkOpeningHours(UUID businessId, List<OpeningPeriod> periods) {
    business(businessId);
    allow(proposed(periods));
  }

  /**
   * @throws NotFoundException for an unknown business, or an item it does not list
   * @throws ChangeRefusedException with the policy's reasons
   */
  public CatalogEntry changePrice(UUID businessId, UUID itemId, int priceCents) {
    CatalogItem item = item(lockedBusiness(businessId), itemId);
    allow(List.of(new PriceChange(item.name, item.currency, item.priceCents, priceCents)));
    item.priceCents = priceCents;
    return item.toEntry();
  }

  /**
   * Takes the item off the catalog. It stays in the database, marked unavailable, because past
   * bookings refer to it.
   *
   * @throws NotFoundException for an unknown business, or an item it does not list
   * @throws ChangeRefusedException with the policy's reasons
   */
  public void remove(UUID businessId, UUID itemId) {
    CatalogItem item = item(lockedBusiness(businessId), itemId);
    allow(List.of(removal(item)));
    item.available = false;
  }

  private ItemRemoval removal(CatalogItem item) {
    // Open orders: pick-up orders not yet handed over that include the item, and the confirmed
    // bookings of a service that have not ended (restaurant tables are booked without a dish).
    long openOrders = orders.countOpenIncluding(item.id)
        + bookings.countConfirmedOfItemEndingAfter(item.id, clock.instant());
    return new ItemRemoval(item.name, Math.toIntExact(openOrders));
  }

  /**
   * Replaces all opening hours of the business; an empty list closes it every day.
   *
   * @throws NotFoundException for an unknown business
   * @throws ChangeRefusedException with the policy's reasons
   */
  public List<OpeningPeriod> replaceOpeningHours(UUID businessId, List<OpeningPeriod> periods) {
    Business business = lockedBusiness(businessId);
    allow(proposed(periods));
    hours.deleteAll(hours.findByBusinessIdOrderByDayOfWeekAscOpensAsc(business.id));
    periods.forEach(period -> hours.save(
        new OpeningHours(business.id, period.dayOfWeek(), period.opens(), period.closes())));
    return periods.stream()
        .sorted(Comparator.comparing(OpeningPeriod::dayOfWeek).thenComparing(OpeningPeriod::opens))
        .toList();
  }

  private static List<Object> proposed(List<OpeningPeriod> periods) {
    List<Object> proposed = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      OpeningPeriod period = periods.get(i);
      proposed.add(
          new ProposedPeriod(i + 1, period.dayOfWeek(), period.opens(), period.closes()));
    }
    return proposed;
  }

  private void allow(List<?> facts) {
    Refusal.of(engine.evaluate(RULE_SET, facts)).ifPresent(refusal -> {
      throw new ChangeRefusedException(refusal);
    });
  }

  private Business business(UUID id) {
    Business business = entityManager.find(Business.class, id);
    if (business == null) {
      throw NotFoundException.business(id);
    }
    return business;
  }

  private Business lockedBusiness(UUID id) {
    Business business = entityManager.find(Business.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (business == null) {
      throw NotFoundException.business(id);
    }
    return business;
  }

  /** An item the business lists; one it took off, or another business's, is not found. */
  private CatalogItem item(Business business, UUID itemId) {
    return catalog.findById(itemId)
        .filter(item -> item.businessId.equals(business.id) && item.available)
        .orElseThrow(() -> NotFoundException.catalogItem(business.id, itemId));
  }
}
