package ai.xseven.business;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds three demo businesses on first start so that a newcomer can chat at once. Their ids are
 * derived from their slugs, so the README, the bench and the tests can name them.
 */
@Component
@Order(0)
class DemoBusinesses implements ApplicationRunner {

  static final UUID MARIOS = demoId("marios-italian");
  static final UUID GLOW = demoId("glow-beauty-studio");
  static final UUID BELLA = demoId("bella-hair-nails");

  private static final Logger log = LoggerFactory.getLogger(DemoBusinesses.class);

  private final BusinessRepository businesses;
  private final CatalogItemRepository catalog;
  private final OpeningHoursRepository hours;
  private final TransactionTemplate transaction;

  DemoBusinesses(BusinessRepository businesses, CatalogItemRepository catalog,
      OpeningHoursRepository hours, TransactionTemplate transaction) {
    this.businesses = businesses;
    this.catalog = catalog;
    this.hours = hours;
    this.transaction = transaction;
  }

  static UUID demoId(String slug) {
    return UUID.nameUUIDFromBytes(("xseven-demo:" + slug).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void run(ApplicationArguments args) {
    if (businesses.count() > 0) {
      return;
    }
    try {
      transaction.executeWithoutResult(status -> {
        seedMarios();
        seedGlow();
        seedBella();
      });
      log.info("Seeded the demo businesses: Mario's Italian, Glow Beauty Studio, Bella Hair & Nails");
    } catch (DataIntegrityViolationException raced) {
      log.info("Another node seeded the demo businesses first");
    }
  }

  private void seedMarios() {
    Business b = business(MARIOS, "marios-italian", "Mario's Italian", BusinessKind.RESTAURANT,
        "Family-run trattoria with wood-fired pizza and fresh pasta.", "downtown",
        "12 Main Street", "+1 555 0100", 50, 90, 30);
    b.monthlyBudgetCents = 2000L;
    open(b, LocalTime.of(12, 0), LocalTime.of(22, 0),
        DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
    open(b, LocalTime.of(12, 0), LocalTime.of(23, 0), DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    open(b, LocalTime.of(12, 0), LocalTime.of(21, 0), DayOfWeek.SUNDAY);
    int p = 0;
    item(b, p++, "Antipasti", "Bruschetta", "Grilled bread, tomatoes, garlic, basil", 850, null);
    item(b, p++, "Antipasti", "Burrata", "Creamy burrata with cherry tomatoes", 1300, null);
    item(b, p++, "Pizza", "Margherita", "Tomato, mozzarella, basil", 1400, null);
    item(b, p++, "Pizza", "Diavola", "Tomato, mozzarella, spicy salami", 1600, null);
    item(b, p++, "Pizza", "Quattro Formaggi", "Four cheeses", 1700, null);
    item(b, p++, "Pasta", "Spaghetti Carbonara", "Guanciale, egg, pecorino", 1700, null);
    item(b, p++, "Pasta", "Lasagna", "Beef ragù, béchamel", 1800, null);
    item(b, p++, "Pasta", "Penne Arrabbiata", "Spicy tomato sauce (vegan)", 1500, null);
    item(b, p++, "Dessert", "Tiramisu", "Mascarpone, espresso, cocoa", 800, null);
    item(b, p++, "Dessert", "Panna Cotta", "Vanilla cream with berries", 750, null);
    item(b, p, "Drinks", "House Chianti", "A glass of Chianti Classico", 900, null);
  }

  private void seedGlow() {
    Business b = business(GLOW, "glow-beauty-studio", "Glow Beauty Studio", BusinessKind.SALON,
        "Hair, colour and nails in the heart of downtown.", "downtown", "48 Oak Avenue",
        "+1 555 0142", 3, 60, 60);
    b.monthlyBudgetCents = 1500L;
    open(b, LocalTime.of(9, 0), LocalTime.of(19, 0), DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
        DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    open(b, LocalTime.of(9, 0), LocalTime.of(20, 0), DayOfWeek.THURSDAY);
    int p = 0;
    item(b, p++, "Hair", "Women's Haircut", "Wash, cut and style", 4500, 60);
    item(b, p++, "Hair", "Men's Haircut", "Classic or fade", 2800, 30);
    item(b, p++, "Hair", "Blow-dry", "Wash and blow-dry", 3500, 45);
    item(b, p++, "Colour", "Full Color", "Single-process colour", 9500, 120);
    item(b, p++, "Colour", "Balayage", "Hand-painted highlights", 16000, 180);
    item(b, p++, "Nails", "Manicure", "Classic manicure", 2500, 45);
    item(b, p++, "Nails", "Gel Manicure", "Long-lasting gel polish", 3800, 60);
    item(b, p++, "Nails", "Pedicure", "Classic pedicure", 4000, 60);
    item(b, p, "Brows", "Eyebrow Shaping", "Wax and tidy", 1800, 20);
  }

  private void seedBella() {
    Business b = business(BELLA, "bella-hair-nails", "Bella Hair & Nails", BusinessKind.SALON,
        "Friendly neighbourhood salon for the whole family.", "midtown", "7 Elm Street",
        "+1 555 0177", 2, 60, 60);
    b.monthlyBudgetCents = 1000L;
    open(b, LocalTime.of(10, 0), LocalTime.of(18, 0), DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    int p = 0;
    item(b, p++, "Hair", "Women's Haircut", "Cut and finish", 5500, 60);
    item(b, p++, "Hair", "Men's Haircut", "Scissor or clipper cut", 3200, 30);
    item(b, p++, "Hair", "Kids' Haircut", "Under 12", 2000, 30);
    item(b, p++, "Hair", "Blow-dry", "Wash and blow-dry", 3000, 40);
    item(b, p++, "Colour", "Full Color", "Single-process colour", 11000, 120);
    item(b, p++, "Colour", "Highlights", "Foil highlights", 13000, 150);
    item(b, p++, "Nails", "Manicure", "Classic manicure", 2200, 40);
    item(b, p++, "Nails", "Pedicure", "Classic pedicure", 3600, 50);
    item(b, p, "Skin", "Facial", "Cleansing facial", 7000, 60);
  }

  private Business business(UUID id, String slug, String name, BusinessKind kind,
      String description, String area, String address, String phone, int capacity,
      int slotMinutes, int minLeadMinutes) {
    Business b = new Business(slug, name, kind);
    b.id = id;
    b.description = description;
    b.area = area;
    b.address = address;
    b.phone = phone;
    b.timeZone = "America/New_York";
    b.capacity = capacity;
    b.slotMinutes = slotMinutes;
    b.minLeadMinutes = minLeadMinutes;
    return businesses.save(b);
  }

  private void open(Business b, LocalTime opens, LocalTime closes, DayOfWeek... days) {
    for (DayOfWeek day : days) {
      hours.save(new OpeningHours(b.id, day, opens, closes));
    }
  }

  private void item(Business b, int position, String category, String name, String description,
      int priceCents, Integer minutes) {
    catalog.save(new CatalogItem(b.id, position, category, name, description, priceCents, minutes));
  }
}
