package ai.xseven.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ScenarioYamlTest {

  private final ScenarioYaml yaml = new ScenarioYaml(new ObjectMapper());

  @ParameterizedTest
  @ValueSource(strings = {"input-guardrails", "output-guardrails", "booking-policy",
      "menu-change-policy", "model-routing"})
  void everyShippedScenarioSurvivesTheTripToItsOwnDocumentAndBack(String ruleSet) {
    List<Map<String, Object>> documents = yaml.shippedDocuments(ruleSet);

    assertThat(documents).isNotEmpty();
    for (Map<String, Object> document : documents) {
      String text = ScenarioYaml.dump(document);
      assertThat(yaml.parse(text)).isEqualTo(yaml.scenario(document));
      assertThat(text).startsWith("name: ");
    }
  }

  @Test
  void readsOneScenarioAsAnalystsWriteIt() {
    RuleScenario scenario = yaml.parse("""
        name: a big party is refused
        given:
          facts:
            - BookingCheck: {partySize: 30}
        expect:
          decision: BLOCK
          fired: ["Refuse parties above the limit"]
        """);

    assertThat(scenario.name()).isEqualTo("a big party is refused");
    assertThat(scenario.expect().decision()).isEqualTo(Decision.BLOCK);
    assertThat(scenario.expect().fired()).containsExactly("Refuse parties above the limit");
    assertThat(scenario.expect().notFired()).isEmpty();
  }

  @Test
  void saysWhereTheYamlIsBroken() {
    assertThatThrownBy(() -> yaml.parse("name: x\ngiven: [unclosed\nexpect: {}\n"))
        .isInstanceOf(InvalidScenarioException.class)
        .hasMessageStartingWith("The scenario is not valid YAML at line ");
  }

  @Test
  void refusesAMisspeltFieldInsteadOfIgnoringIt() {
    assertThatThrownBy(() -> yaml.parse("name: x\nexpect:\n  decison: BLOCK\n"))
        .isInstanceOf(InvalidScenarioException.class)
        .hasMessageContaining("decison")
        .hasMessageNotContaining("class ai.xseven");
  }

  @Test
  void refusesAScenarioWithoutAName() {
    assertThatThrownBy(() -> yaml.parse("given: {}\nexpect: {decision: ALLOW}\n"))
        .isInstanceOf(InvalidScenarioException.class)
        .hasMessage("The scenario needs a 'name'.");
    assertThatThrownBy(() -> yaml.parse("- just\n- a list\n"))
        .isInstanceOf(InvalidScenarioException.class)
        .hasMessageContaining("mapping");
  }
}
