package ai.xseven.guardrail;

import ai.xseven.agent.SystemPrompts;
import ai.xseven.business.BusinessDetails;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.rules.ScenarioFactSource;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Facts for {@code output-guardrails} scenarios, computed as for a live reply: {@code reply}, the
 * {@code business} by slug, and optionally the conversation's {@code customerMessages}.
 */
@Component
class OutputScenarioFacts implements ScenarioFactSource {

  static final String RULE_SET = "output-guardrails";

  private final BusinessService businesses;
  private final ReplyInspector inspector;

  OutputScenarioFacts(BusinessService businesses, ReplyInspector inspector) {
    this.businesses = businesses;
    this.inspector = inspector;
  }

  @Override
  public List<Object> facts(String ruleSet, Map<String, Object> given) {
    if (!RULE_SET.equals(ruleSet) || !(given.get("reply") instanceof String reply)) {
      return List.of();
    }
    BusinessDetails business = business(String.valueOf(given.get("business")));
    List<String> customerTexts =
        given.get("customerMessages") instanceof List<?> messages
            ? messages.stream().map(String::valueOf).toList()
            : List.of();
    List<String> documents =
        given.get("documents") instanceof List<?> passages
            ? passages.stream().map(String::valueOf).toList()
            : List.of();
    return inspector.facts(reply, new ReplyContext(business,
        SystemPrompts.forBusiness(business.profile()), customerTexts, documents));
  }

  private BusinessDetails business(String slug) {
    return businesses.list().stream()
        .filter(profile -> profile.slug().equals(slug))
        .map(BusinessProfile::id)
        .findFirst()
        .flatMap(businesses::details)
        .orElseThrow(() -> new IllegalArgumentException("An output-guardrails scenario names its "
            + "business by slug (e.g. marios-italian); there is no business '" + slug + "'."));
  }
}
