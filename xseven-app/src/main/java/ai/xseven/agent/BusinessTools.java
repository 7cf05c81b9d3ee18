package ai.xseven.agent;

import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.CatalogEntry;
import ai.xseven.business.OpeningPeriod;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import dev.langchain4j.service.tool.DefaultToolExecutor;
import java.lang.reflect.Method;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Read-only tools over one business's data, for whichever chat model answers the customer. */
class BusinessTools {

  static final String OPENING_HOURS = "openingHours";
  static final String CATALOG = "catalog";
  static final String CONTACT_DETAILS = "contactDetails";
  static final List<ToolSpecification> SPECIFICATIONS =
      ToolSpecifications.toolSpecificationsFrom(BusinessTools.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

  private final BusinessService businesses;
  private final BusinessProfile business;

  BusinessTools(BusinessService businesses, BusinessProfile business) {
    this.businesses = businesses;
    this.business = business;
  }

  @Tool(name = OPENING_HOURS, value = "our opening hours")
  String openingHours() {
    Map<DayOfWeek, String> byDay = new LinkedHashMap<>();
    for (OpeningPeriod period : businesses.openingHours(business.id())) {
      byDay.merge(period.dayOfWeek(), TIME.format(period.opens()) + "–" + TIME.format(period.closes()),
          (a, b) -> a + ", " + b);
    }
    String lines =
        Arrays.stream(DayOfWeek.values())
            .map(day -> "• " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ": "
                + byDay.getOrDefault(day, "closed"))
            .collect(Collectors.joining("\n"));
    return business.name() + " is open:\n" + lines;
  }

  @Tool(name = CATALOG, value = "our menu, services and prices")
  String catalog(@P(value = "what the customer asked about", required = false) String query) {
    List<CatalogEntry> entries = businesses.catalog(business.id());
    List<CatalogEntry> matching = query == null ? List.of() : matching(entries, query);
    if (!matching.isEmpty()) {
      return matching.stream().map(this::line).collect(Collectors.joining("\n"));
    }
    String noun = business.kind() == BusinessKind.RESTAURANT ? "menu" : "services";
    Map<String, List<CatalogEntry>> byCategory =
        entries.stream().collect(Collectors.groupingBy(CatalogEntry::category, LinkedHashMap::new,
            Collectors.toList()));
    return "Here are our " + noun + " at " + business.name() + ":\n"
        + byCategory.entrySet().stream()
            .map(category -> category.getKey() + ": " + category.getValue().stream()
                .map(this::brief).collect(Collectors.joining(", ")))
            .collect(Collectors.joining("\n"));
  }

  @Tool(name = CONTACT_DETAILS, value = "where to find us and how to call us")
  String contactDetails() {
    return business.name() + " is at " + business.address() + " (" + business.area()
        + "). Phone: " + business.phone() + ".";
  }

  String execute(ToolExecutionRequest request, Object memoryId) {
    Method method =
        Arrays.stream(BusinessTools.class.getDeclaredMethods())
            .filter(m -> m.isAnnotationPresent(Tool.class))
            .filter(m -> m.getAnnotation(Tool.class).name().equals(request.name()))
            .findFirst()
            .orElse(null);
    if (method == null) {
      return "There is no tool named " + request.name() + ".";
    }
    return new DefaultToolExecutor(this, method).execute(request, memoryId);
  }

  private static List<CatalogEntry> matching(List<CatalogEntry> entries, String query) {
    Set<String> words = Tokens.of(query);
    return entries.stream()
        .filter(entry -> Tokens.of(entry.name() + " " + entry.category()).stream()
            .anyMatch(words::contains))
        .toList();
  }

  private String line(CatalogEntry entry) {
    String duration = entry.durationMinutes() == null ? "" : " (" + entry.durationMinutes() + " min)";
    return "• " + entry.name() + ": " + entry.formattedPrice() + duration + " — " + entry.description();
  }

  private String brief(CatalogEntry entry) {
    return entry.name() + " " + entry.formattedPrice();
  }
}
