package ai.xseven.global;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.CatalogEntry;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads what the customer is looking for (kind, area, price ceiling, item or service, day and
 * time) and picks the businesses to ask: those of that kind in that area.
 */
@Component
class UnderstandComparisonPlugin implements ServiceTaskPlugin {

  private final BusinessService businesses;
  private final Clock clock;

  UnderstandComparisonPlugin(BusinessService businesses, Clock clock) {
    this.businesses = businesses;
    this.clock = clock;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("understandComparison")
        .name("Understand comparison")
        .description("Reads a comparison request and lists the businesses to ask (the fan-out's collection).")
        .reads(List.of(Variable.required("message", String.class, "The customer's message.")))
        .writes(List.of(
        Variable.required("wantedKind", String.class, "RESTAURANT, SALON or null."),
        Variable.required("wantedArea", String.class, "An area a business lists, or null."),
        Variable.required("priceCeilingCents", Integer.class, "The ceiling, or null."),
        Variable.required("wantedWords", String.class, "Catalog words, comma-separated."),
        Variable.required("wantedDay", String.class, "ISO date, or null."),
        Variable.required("wantedTime", String.class, "HH:mm, or null."),
        Variable.required("candidateCount", Integer.class, "How many businesses to ask."),
        Variable.required("candidates", List.class,
            "Ids of the businesses to ask (this turn only)."),
        Variable.required("comparisons", Comparisons.class,
            "Collects their answers; empty until the fan-out fills it (this turn only)."),
        Variable.required("intent", String.class, "compare or unknown.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    List<BusinessProfile> all = businesses.list();
    Map<BusinessProfile, List<CatalogEntry>> catalogs = new LinkedHashMap<>();
    all.forEach(business -> catalogs.put(business, businesses.catalog(business.id())));
    ZoneId zone = all.isEmpty() ? clock.getZone() : all.get(0).zone();
    ComparisonRequest request = ComparisonRequests.read(context.require("message", String.class),
        all, catalogs, LocalDate.now(clock.withZone(zone)));
    List<String> candidates = request.isEmpty()
        ? List.of()
        : all.stream()
            .filter(business -> request.kind() == null || business.kind() == request.kind())
            .filter(business -> request.area() == null
                || business.area().equalsIgnoreCase(request.area()))
            .map(BusinessProfile::id)
            .map(UUID::toString)
            .toList();
    PluginResult.Builder result = PluginResult.builder();
    request.toVariables().forEach(result::output);
    return result
        .output("candidateCount", candidates.size())
        .output("intent", request.isEmpty() ? "unknown" : "compare")
        .turnOutput("candidates", candidates)
        .turnOutput("comparisons", new Comparisons())
        .build();
  }
}
