package ai.xseven.guardrail;

import ai.xseven.business.BusinessDetails;
import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.CatalogEntry;
import ai.xseven.business.OpeningPeriod;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The seeded demo businesses as {@code BusinessService} returns them (mirrors DemoBusinesses). */
final class ReplyDemoBusinesses {

  static final BusinessDetails MARIOS = marios();
  static final BusinessDetails GLOW = glow();
  static final BusinessDetails BELLA = bella();
  static final Map<String, BusinessDetails> BY_SLUG =
      Map.of("marios-italian", MARIOS, "glow-beauty-studio", GLOW, "bella-hair-nails", BELLA);

  private ReplyDemoBusinesses() {}

  private static BusinessDetails marios() {
    Builder b = new Builder("marios-italian", "Mario's Italian", BusinessKind.RESTAURANT,
        "Family-run trattoria with wood-fired pizza and fresh pasta.", "downtown",
        "12 Main Street", "+1 555 0100", 50, 90);
    b.open(12, 22, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
    b.open(12, 23, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    b.open(12, 21, DayOfWeek.SUNDAY);
    b.item("Antipasti", "Bruschetta", "Grilled bread, tomatoes, garlic, basil", 850, null);
    b.item("Antipasti", "Burrata", "Creamy burrata with cherry tomatoes", 1300, null);
    b.item("Pizza", "Margherita", "Tomato, mozzarella, basil", 1400, null);
    b.item("Pizza", "Diavola", "Tomato, mozzarella, spicy salami", 1600, null);
    b.item("Pizza", "Quattro Formaggi", "Four cheeses", 1700, null);
    b.item("Pasta", "Spaghetti Carbonara", "Guanciale, egg, pecorino", 1700, null);
    b.item("Pasta", "Lasagna", "Beef ragù, béchamel", 1800, null);
    b.item("Pasta", "Penne Arrabbiata", "Spicy tomato sauce (vegan)", 1500, null);
    b.item("Dessert", "Tiramisu", "Mascarpone, espresso, cocoa", 800, null);
    b.item("Dessert", "Panna Cotta", "Vanilla cream with berries", 750, null);
    b.item("Drinks", "House Chianti", "A glass of Chianti Classico", 900, null);
    return b.build();
  }

  private static BusinessDetails glow() {
    Builder b = new Builder("glow-beauty-studio", "Glow Beauty Studio", BusinessKind.SALON,
        "Hair, colour and nails in the heart of downtown.", "downtown", "48 Oak Avenue",
        "+1 555 0142", 3, 60);
    b.open(9, 19, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY,
        DayOfWeek.SATURDAY);
    b.open(9, 20, DayOfWeek.THURSDAY);
    b.item("Hair", "Women's Haircut", "Wash, cut and style", 4500, 60);
    b.item("Hair", "Men's Haircut", "Classic or fade", 2800, 30);
    b.item("Hair", "Blow-dry", "Wash and blow-dry", 3500, 45);
    b.item("Colour", "Full Color", "Single-process colour", 9500, 120);
    b.item("Colour", "Balayage", "Hand-painted highlights", 16000, 180);
    b.item("Nails", "Manicure", "Classic manicure", 2500, 45);
    b.item("Nails", "Gel Manicure", "Long-lasting gel polish", 3800, 60);
    b.item("Nails", "Pedicure", "Classic pedicure", 4000, 60);
    b.item("Brows", "Eyebrow Shaping", "Wax and tidy", 1800, 20);
    return b.build();
  }

  private static BusinessDetails bella() {
    Builder b = new Builder("bella-hair-nails", "Bella Hair & Nails", BusinessKind.SALON,
        "Friendly neighbourhood salon for the whole family.", "midtown", "7 Elm Street",
        "+1 555 0177", 2, 60);
    b.open(10, 18, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
        DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    b.item("Hair", "Women's Haircut", "Cut and finish", 5500, 60);
    b.item("Hair", "Men's Haircut", "Scissor or clipper cut", 3200, 30);
    b.item("Hair", "Kids' Haircut", "Under 12", 2000, 30);
    b.item("Hair", "Blow-dry", "Wash and blow-dry", 3000, 40);
    b.item("Colour", "Full Color", "Single-process colour", 11000, 120);
    b.item("Colour", "Highlights", "Foil highlights", 13000, 150);
    b.item("Nails", "Manicure", "Classic manicure", 2200, 40);
    b.item("Nails", "Pedicure", "Classic pedicure", 3600, 50);
    b.item("Skin", "Facial", "Cleansing facial", 7000, 60);
    return b.build();
  }

  private static final class Builder {
    private final BusinessProfile profile;
    private final List<CatalogEntry> catalog = new ArrayList<>();
    private final List<OpeningPeriod> hours = new ArrayList<>();

    Builder(String slug, String name, BusinessKind kind, String description, String area,
        String address, String phone, int capacity, int slotMinutes) {
      profile = new BusinessProfile(id(slug), slug, name, kind, description, area, address, phone,
          ZoneId.of("America/New_York"), capacity, slotMinutes);
    }

    void open(int opens, int closes, DayOfWeek... days) {
      for (DayOfWeek day : days) {
        hours.add(new OpeningPeriod(day, LocalTime.of(opens, 0), LocalTime.of(closes, 0)));
      }
    }

    void item(String category, String name, String description, int cents, Integer minutes) {
      catalog.add(new CatalogEntry(id(profile.slug() + "/" + name), category, name, description,
          cents, "USD", minutes));
    }

    BusinessDetails build() {
      hours.sort((a, b) -> a.dayOfWeek().compareTo(b.dayOfWeek()));
      return new BusinessDetails(profile, List.copyOf(catalog), List.copyOf(hours));
    }

    private static UUID id(String key) {
      return UUID.nameUUIDFromBytes(("xseven-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }
  }
}
