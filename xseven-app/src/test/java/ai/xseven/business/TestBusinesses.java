package ai.xseven.business;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Businesses of a test's own, so that tests which change hours, prices and bookings leave the demo
 * businesses (and the tests that read them) alone.
 */
final class TestBusinesses {

  private final BusinessRepository businesses;
  private final CatalogItemRepository catalog;
  private final OpeningHoursRepository hours;

  TestBusinesses(BusinessRepository businesses, CatalogItemRepository catalog,
      OpeningHoursRepository hours) {
    this.businesses = businesses;
    this.catalog = catalog;
    this.hours = hours;
  }

  /** A one-chair salon open 9 AM to 7 PM every day, with a haircut and a manicure. */
  Business oneChairSalon() {
    String slug = "test-salon-" + UUID.randomUUID();
    Business salon = new Business(slug, "Test Salon", BusinessKind.SALON);
    salon.description = "A salon for tests.";
    salon.area = "nowhere";
    salon.address = "1 Test Street";
    salon.phone = "+1 555 0199";
    salon.timeZone = "America/New_York";
    salon.capacity = 1;
    salon.slotMinutes = 60;
    salon.minLeadMinutes = 60;
    businesses.save(salon);
    for (DayOfWeek day : DayOfWeek.values()) {
      hours.save(new OpeningHours(salon.id, day, LocalTime.of(9, 0), LocalTime.of(19, 0)));
    }
    return salon;
  }

  /** A take-away open noon to 10 PM, closed on Mondays, that wants orders 30 minutes ahead. */
  Business takeaway() {
    Business takeaway = new Business("test-takeaway-" + UUID.randomUUID(), "Test Takeaway",
        BusinessKind.RESTAURANT);
    takeaway.description = "A take-away for tests.";
    takeaway.area = "nowhere";
    takeaway.address = "2 Test Street";
    takeaway.phone = "+1 555 0198";
    takeaway.timeZone = "America/New_York";
    takeaway.capacity = 10;
    takeaway.slotMinutes = 60;
    takeaway.minLeadMinutes = 30;
    businesses.save(takeaway);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day != DayOfWeek.MONDAY) {
        hours.save(new OpeningHours(takeaway.id, day, LocalTime.of(12, 0), LocalTime.of(22, 0)));
      }
    }
    return takeaway;
  }

  CatalogItem item(Business business, String name, int priceCents, int minutes) {
    return catalog.save(
        new CatalogItem(business.id, 0, "Hair", name, name + " for tests", priceCents, minutes));
  }
}
