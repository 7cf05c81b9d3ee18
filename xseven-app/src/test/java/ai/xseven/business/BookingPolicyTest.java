package ai.xseven.business;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.support.ShippedScenarios;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code rules/booking-policy.drl} against its scenarios in {@code rules/tests}. */
class BookingPolicyTest {

  @TestFactory
  Stream<DynamicTest> shippedScenarios() {
    return ShippedScenarios.of("booking-policy");
  }

  @Test
  void everyRuleFiresInSomeScenario() {
    assertThat(ShippedScenarios.rulesNoScenarioFires("booking-policy")).isEmpty();
  }
}
