package ai.xseven.global;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.business.BusinessDetails;
import ai.xseven.business.BusinessService;
import ai.xseven.business.CatalogEntry;
import ai.xseven.business.OpeningPeriod;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * One business's answer in the fan-out: its catalog items that fit the request (named item or
 * service, under the price ceiling) and whether it is open at the time asked for. Adds the answer
 * to the turn's {@link Comparisons}.
 */
@Component
class CompareBusinessPlugin implements ServiceTaskPlugin {

  private final BusinessService businesses;

  CompareBusinessPlugin(BusinessService businesses) {
    this.businesses = businesses;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("compareBusiness")
        .name("Compare business")
        .description("Answers the comparison request for one business (the fan-out's element) from its data.")
        .reads(List.of(
        Variable.required("candidateId", String.class, "The business to ask."),
        Variable.required("comparisons", Comparisons.class, "Collects the answers."),
        Variable.optional("wantedWords", String.class, "Catalog words asked for."),
        Variable.optional("priceCeilingCents", Integer.class, "The price ceiling."),
        Variable.optional("wantedDay", String.class, "The day asked for."),
        Variable.optional("wantedTime", String.class, "The time asked for.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    UUID id = UUID.fromString(context.require("candidateId", String.class));
    BusinessDetails details = businesses.details(id)
        .orElseThrow(() -> new PluginException("Business " + id + " no longer exists"));
    ComparisonRequest request = ComparisonRequest.from(context);
    context.require("comparisons", Comparisons.class).add(compare(details, request));
    return PluginResult.builder().build();
  }

  static BusinessComparison compare(BusinessDetails details, ComparisonRequest request) {
    List<CatalogEntry> matches = details.catalog().stream()
        .filter(entry -> request.words().isEmpty() || names(entry, request.words()))
        .filter(entry -> request.priceCeilingCents() == null
            || entry.priceCents() <= request.priceCeilingCents())
        .sorted(Comparator.comparingInt(CatalogEntry::priceCents).thenComparing(CatalogEntry::name))
        .toList();
    Boolean open = null;
    String hours = null;
    if (request.day() != null) {
      List<OpeningPeriod> ofDay = details.openingHours().stream()
          .filter(period -> period.dayOfWeek() == request.day().getDayOfWeek())
          .toList();
      hours = ofDay.isEmpty() ? "closed" : OpeningPeriod.describe(ofDay);
      open = ofDay.stream().anyMatch(period -> request.time() == null
          || (!request.time().isBefore(period.opens()) && request.time().isBefore(period.closes())));
    }
    return new BusinessComparison(details.profile().id(), details.profile().name(),
        details.profile().area(), details.profile().address(), matches, open, hours);
  }

  private static boolean names(CatalogEntry entry, List<String> words) {
    List<String> own = ComparisonRequests.words(entry.name() + " " + entry.category());
    return words.stream().anyMatch(own::contains);
  }
}
