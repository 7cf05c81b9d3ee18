package ai.xseven.guardrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ai.xseven.business.BusinessDetails;
import ai.xseven.business.BusinessService;
import ai.xseven.rules.Decision;
import ai.xseven.rules.RuleResult;
import ai.xseven.rules.RuleScenario;
import ai.xseven.rules.ShippedRuleSets;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs every scenario of {@code rules/tests/output-guardrails.yaml} the way the rules API does:
 * facts from {@link OutputScenarioFacts} over the demo businesses, then the shipped DRL.
 */
class OutputGuardrailScenariosTest {

  private static final Path SCENARIOS = Path.of("rules", "tests", "output-guardrails.yaml");

  private final OutputScenarioFacts facts = new OutputScenarioFacts(demoBusinesses(),
      new ReplyInspector());

  @TestFactory
  Stream<DynamicTest> everyShippedScenarioHolds() throws IOException {
    return scenarios().stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
      RuleResult result = evaluate(scenario.given());
      RuleScenario.Expectation expect = scenario.expect();
      SoftAssertions softly = new SoftAssertions();
      softly.assertThat(result.decision()).as("decision (reasons: %s)", result.reasons())
          .isEqualTo(expect.decision());
      expect.fired().forEach(rule -> softly.assertThat(result.fired()).as("fired").contains(rule));
      expect.notFired().forEach(rule ->
          softly.assertThat(result.fired()).as("fired").doesNotContain(rule));
      softly.assertAll();
    }));
  }

  @Test
  void shipsEnoughScenariosToCoverEveryRule() throws IOException {
    List<RuleScenario> scenarios = scenarios();
    List<String> firedSomewhere =
        scenarios.stream().flatMap(scenario -> scenario.expect().fired().stream()).toList();

    assertThat(scenarios).hasSizeGreaterThanOrEqualTo(15);
    assertThat(scenarios).anyMatch(scenario -> scenario.expect().decision() == Decision.ALLOW);
    assertThat(firedSomewhere).containsAll(ruleNames().stream()
        .filter(rule -> !rule.startsWith("Allow ")).toList());
  }

  @Test
  void feedbackNamesTheWrongFigureAndTheCatalogOne() {
    RuleResult result = evaluate(Map.of("business", "marios-italian",
        "reply", "The Margherita is $3 today."));

    assertThat(result.decisive()).singleElement().satisfies(reason -> assertThat(reason.text())
        .isEqualTo("The reply says the Margherita costs $3; the catalog price is $14. "
            + "Use only catalog prices."));
  }

  @Test
  void feedbackForAnOffHoursBookingGivesThatDaysHours() {
    RuleResult result = evaluate(Map.of("business", "marios-italian",
        "reply", "I've booked your table for Friday at 11:30 PM."));

    assertThat(result.decisive()).singleElement().satisfies(reason -> assertThat(reason.text())
        .contains("Friday at 11:30 PM").contains("Friday 12:00 PM to 11:00 PM")
        .doesNotContain("Saturday"));
  }

  @Test
  void blockReasonsDoNotRepeatWhatLeaked() {
    RuleResult result = evaluate(Map.of("business", "marios-italian",
        "reply", "That table was booked by john.smith@example.com, call +1 917 555 0123."));

    assertThat(result.decision()).isEqualTo(Decision.BLOCK);
    assertThat(result.reasons()).allSatisfy(reason ->
        assertThat(reason.text()).doesNotContain("john.smith").doesNotContain("0123"));
  }

  @Test
  void aScenarioNamingAnUnknownBusinessSaysWhichSlugsToUse() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            facts.facts(OutputScenarioFacts.RULE_SET, Map.of("business", "nope", "reply", "Hi")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("marios-italian");
  }

  @Test
  void addsNothingToOtherRuleSets() {
    assertThat(facts.facts("input-guardrails", Map.of("business", "marios-italian",
        "reply", "Hi"))).isEmpty();
  }

  private RuleResult evaluate(Map<String, Object> given) {
    return ShippedRuleSets.evaluate(OutputScenarioFacts.RULE_SET,
        facts.facts(OutputScenarioFacts.RULE_SET, given));
  }

  private static List<RuleScenario> scenarios() throws IOException {
    Map<String, Object> document = new Yaml().load(Files.readString(SCENARIOS));
    assertThat(document).containsEntry("ruleset", OutputScenarioFacts.RULE_SET);
    ObjectMapper json = new ObjectMapper();
    return ((List<?>) document.get("scenarios")).stream()
        .map(item -> json.convertValue(item, RuleScenario.class))
        .toList();
  }

  static List<String> ruleNames() {
    return ShippedRuleSets.drl(OutputScenarioFacts.RULE_SET).lines()
        .filter(line -> line.startsWith("rule \""))
        .map(line -> line.substring(6, line.lastIndexOf('"')))
        .toList();
  }

  private static BusinessService demoBusinesses() {
    BusinessService service = mock(BusinessService.class);
    when(service.list()).thenReturn(ReplyDemoBusinesses.BY_SLUG.values().stream()
        .map(BusinessDetails::profile).toList());
    ReplyDemoBusinesses.BY_SLUG.values().forEach(details ->
        when(service.details(details.profile().id())).thenReturn(Optional.of(details)));
    return service;
  }
}
