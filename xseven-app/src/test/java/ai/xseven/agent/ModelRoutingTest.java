package ai.xseven.agent;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.rules.RuleResult;
import ai.xseven.rules.ShippedRuleSets;
import ai.xseven.support.ShippedScenarios;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code rules/model-routing.drl} against its scenarios in {@code rules/tests}. */
class ModelRoutingTest {

  @TestFactory
  Stream<DynamicTest> shippedScenarios() {
    return ShippedScenarios.of("model-routing");
  }

  @Test
  void everyRuleFiresInSomeScenario() {
    assertThat(ShippedScenarios.rulesNoScenarioFires("model-routing")).isEmpty();
  }

  @Test
  void theLargeModelsReasonNamesEveryNeedOnce() {
    RuleResult result = ShippedRuleSets.evaluate("model-routing",
        List.of(new RoutingRequest("dedicated", Intent.Kind.BOOKING, 900, 1, null)));

    assertThat(result.value("model")).isEqualTo("large");
    assertThat(result.value("reason").split("; "))
        .containsExactlyInAnyOrder("a booking takes several steps", "the message is long");
    assertThat(result.fired()).containsOnlyOnce("Use the large model when the call needs it");
  }
}
