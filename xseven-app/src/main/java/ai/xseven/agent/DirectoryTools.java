package ai.xseven.agent;

import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.CatalogEntry;
import ai.xseven.business.OpeningPeriod;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Finding and comparing the businesses on X-Seven, for the global chat. Read-only. */
class DirectoryTools {

  static final String SEARCH_BUSINESSES = "searchBusinesses";
  static final String COMPARE_BUSINESSES = "compareBusinesses";
  static final List<ToolSpecification> SPECIFICATIONS =
      ToolSpecifications.toolSpecificationsFrom(DirectoryTools.class);

  private final BusinessService businesses;

  DirectoryTools(BusinessService businesses) {
    this.businesses = businesses;
  }

  @Tool(name = SEARCH_BUSINESSES, value = "finds businesses by kind, area, price and wish")
  String searchBusinesses(
      @P(value = "restaurant or salon", required = false) String kind,
      @P(value = "the area, e.g. Downtown", required = false) String area,
      @P(value = "the most an item may cost, in cents", required = false) Integer maxPriceCents,
      @P(value = "what the person wants, e.g. pizza or manicure", required = false)
          String query) {
    BusinessKind wantedKind = kind(kind);
    List<String> lines = new ArrayList<>();
    for (BusinessProfile business : businesses.list()) {
      if (wantedKind != null && business.kind() != wantedKind) {
        continue;
      }
      if (area != null && !area.isBlank()
          && !business.area().toLowerCase(Locale.ROOT).contains(area.strip().toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<CatalogEntry> items = matching(businesses.catalog(business.id()), query, maxPriceCents);
      if (items.isEmpty()) {
        continue;
      }
      lines.add("• " + business.name() + " (" + kindName(business) + ", " + business.area()
          + "; id " + business.id() + "): " + items.stream().limit(5)
              .map(item -> item.name() + " " + item.formattedPrice())
              .collect(Collectors.joining(", ")));
    }
    return lines.isEmpty() ? "No business matches that." : String.join("\n", lines);
  }

  @Tool(name = COMPARE_BUSINESSES, value = "compares businesses side by side: prices of what "
      + "the person wants, price range, area and opening days")
  String compareBusinesses(
      @P("the names or ids of the businesses, comma-separated") String businessNames,
      @P(value = "what the person wants, e.g. pizza or manicure", required = false)
          String query) {
    List<BusinessProfile> all = businesses.list();
    List<BusinessProfile> chosen = new ArrayList<>();
    for (String wanted : (businessNames == null ? "" : businessNames).split(",")) {
      String key = wanted.strip().toLowerCase(Locale.ROOT);
      if (key.isEmpty()) {
        continue;
      }
      all.stream().filter(business -> business.id().toString().equals(key)
              || business.name().toLowerCase(Locale.ROOT).equals(key)
              || business.slug().equals(key))
          .findFirst().filter(business -> !chosen.contains(business)).ifPresent(chosen::add);
    }
    if (chosen.size() < 2) {
      return "Name at least two businesses to compare; searchBusinesses finds them.";
    }
    return chosen.stream().map(business -> compare(business, query))
        .collect(Collectors.joining("\n"));
  }

  private String compare(BusinessProfile business, String query) {
    List<CatalogEntry> catalog = businesses.catalog(business.id());
    Comparator<CatalogEntry> byPrice = Comparator.comparingInt(CatalogEntry::priceCents);
    List<CatalogEntry> wanted = matching(catalog, query, null);
    Set<DayOfWeek> open = businesses.openingHours(business.id()).stream()
        .map(OpeningPeriod::dayOfWeek).collect(Collectors.toSet());
    String days = open.stream().sorted().map(day -> day.getDisplayName(TextStyle.SHORT,
        Locale.ENGLISH)).collect(Collectors.joining(" "));
    String range = catalog.isEmpty() ? "no prices listed"
        : "prices " + catalog.stream().min(byPrice).orElseThrow().formattedPrice() + "–"
            + catalog.stream().max(byPrice).orElseThrow().formattedPrice();
    String asked = query == null || query.isBlank() || wanted.isEmpty() ? ""
        : "; " + wanted.stream().sorted(byPrice).limit(3)
            .map(item -> item.name() + " " + item.formattedPrice())
            .collect(Collectors.joining(", "));
    return "• " + business.name() + " (" + kindName(business) + ", " + business.area() + "): "
        + range + asked + "; open " + (days.isEmpty() ? "no days listed" : days) + "; "
        + business.address() + ", " + business.phone();
  }

  private static List<CatalogEntry> matching(List<CatalogEntry> catalog, String query,
      Integer maxPriceCents) {
    Set<String> words = query == null ? Set.of() : Tokens.of(query);
    return catalog.stream()
        .filter(item -> maxPriceCents == null || item.priceCents() <= maxPriceCents)
        .filter(item -> words.isEmpty() || Tokens.of(item.name() + " " + item.category() + " "
            + item.description()).stream().anyMatch(words::contains))
        .toList();
  }

  private static BusinessKind kind(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String key = text.strip().toUpperCase(Locale.ROOT);
    for (BusinessKind kind : BusinessKind.values()) {
      if (kind.name().equals(key) || key.startsWith(kind.name())) {
        return kind;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a kind of business here: "
        + "restaurant or salon.");
  }

  private static String kindName(BusinessProfile business) {
    return business.kind().name().toLowerCase(Locale.ROOT);
  }
}
