package ai.xseven.global;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.business.CatalogEntry;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Merges the businesses' answers into one reply: the ones that fit, ranked (open at the time asked
 * for, then the cheapest fitting item), then the ones that do not and why.
 */
@Component
class RankComparisonsPlugin implements ServiceTaskPlugin {

  static final int ITEMS_PER_BUSINESS = 4;

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("rankComparisons")
        .name("Rank comparisons")
        .description("Ranks the businesses' answers and writes one reply comparing them.")
        .reads(List.of(
        Variable.required("comparisons", Comparisons.class, "Every business's answer.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    ComparisonRequest request = ComparisonRequest.from(context);
    List<BusinessComparison> ranked = context.require("comparisons", Comparisons.class).ranked();
    List<BusinessComparison> fitting = ranked.stream().filter(BusinessComparison::fits).toList();
    List<BusinessComparison> others =
        ranked.stream().filter(comparison -> !comparison.fits()).toList();
    StringBuilder reply = new StringBuilder();
    String wanted = request.describe();
    if (fitting.isEmpty()) {
      reply.append("None of the businesses I know fits ").append(wanted).append('.');
    } else {
      reply.append(fitting.size() == 1 ? "One place fits " : fitting.size() + " places fit ")
          .append(wanted)
          .append(fitting.size() == 1 ? ":" : ", cheapest first:");
      for (int i = 0; i < fitting.size(); i++) {
        reply.append('\n').append(i + 1).append(". ").append(line(fitting.get(i), request));
      }
    }
    for (BusinessComparison other : others) {
      reply.append("\nNot a fit: ").append(other.name()).append(" — ").append(why(other, request))
          .append('.');
    }
    return PluginResult.reply(reply.toString());
  }

  private static String line(BusinessComparison comparison, ComparisonRequest request) {
    List<CatalogEntry> shown = comparison.matches().stream().limit(ITEMS_PER_BUSINESS).toList();
    String items = shown.stream()
        .map(entry -> entry.name() + " " + entry.formattedPrice())
        .collect(Collectors.joining(", "));
    int more = comparison.matches().size() - shown.size();
    String line = comparison.name() + " (" + comparison.area() + ", " + comparison.address()
        + "): " + items + (more > 0 ? " and " + more + " more" : "");
    if (comparison.openThen() != null) {
      line += "; open " + ComparisonRequest.DAY.format(request.day()).split(",")[0] + " "
          + comparison.hoursThen();
    }
    return line;
  }

  private static String why(BusinessComparison comparison, ComparisonRequest request) {
    if (comparison.matches().isEmpty()) {
      String what = request.words().isEmpty() ? "anything" : String.join(" or ", request.words());
      return "nothing for " + what + (request.priceCeilingCents() == null ? ""
          : " under " + new CatalogPrice(request.priceCeilingCents()).text());
    }
    String day = ComparisonRequest.DAY.format(request.day()).split(",")[0];
    return request.time() == null
        ? "closed on " + day + "s"
        : "closed then (" + day + ": " + comparison.hoursThen() + ")";
  }
}
