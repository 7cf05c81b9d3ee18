package ai.xseven.business;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.rules.Reason;
import ai.xseven.rules.RuleResult;
import ai.xseven.rules.ShippedRuleSets;
import ai.xseven.support.ShippedScenarios;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code rules/menu-change-policy.drl} against its scenarios, and the sentences owners read. */
class MenuChangePolicyTest {

  @TestFactory
  Stream<DynamicTest> shippedScenarios() {
    return ShippedScenarios.of("menu-change-policy");
  }

  @Test
  void everyRuleFiresInSomeScenario() {
    assertThat(ShippedScenarios.rulesNoScenarioFires("menu-change-policy")).isEmpty();
  }

  @Test
  void aLargePriceMoveNamesBothPrices() {
    assertThat(texts(new PriceChange("Bruschetta", "USD", 850, 1400)))
        .containsExactly("Bruschetta would go from $8.50 to $14 at once; a price may change by"
            + " at most 50% at a time.");
  }

  @Test
  void aNegativePriceIsWrittenWithItsSign() {
    assertThat(texts(new PriceChange("Tiramisu", "USD", 800, -250)))
        .containsExactly("Tiramisu needs a price above zero, not -$2.50.");
  }

  @Test
  void aRemovalSaysHowManyOpenOrdersHoldTheItem() {
    assertThat(texts(new ItemRemoval("Balayage", 1)))
        .containsExactly("Balayage cannot be removed while 1 open order includes it.");
    assertThat(texts(new ItemRemoval("Balayage", 3)))
        .containsExactly("Balayage cannot be removed while 3 open orders include it.");
  }

  @Test
  void eachOverlappingPairIsNamedOnce() {
    assertThat(texts(
            period(1, "12:00", "15:00"), period(2, "14:00", "18:00"), period(3, "17:00", "23:00")))
        .containsExactlyInAnyOrder(
            "On Fridays 12:00 PM to 3:00 PM overlaps 2:00 PM to 6:00 PM.",
            "On Fridays 2:00 PM to 6:00 PM overlaps 5:00 PM to 11:00 PM.");
  }

  private static ProposedPeriod period(int position, String opens, String closes) {
    return new ProposedPeriod(position, DayOfWeek.FRIDAY, LocalTime.parse(opens),
        LocalTime.parse(closes));
  }

  private static List<String> texts(Object... facts) {
    RuleResult result = ShippedRuleSets.evaluate("menu-change-policy", List.of(facts));
    return result.decisive().map(Reason::text).toList();
  }
}
