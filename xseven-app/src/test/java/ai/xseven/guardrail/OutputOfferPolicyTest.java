package ai.xseven.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.agent.SystemPrompts;
import ai.xseven.rules.Decision;
import ai.xseven.rules.RuleOutcome;
import ai.xseven.rules.ShippedRuleSets;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** An analyst allows an offer by enabling one rule of the shipped DRL; nothing else changes. */
class OutputOfferPolicyTest {

  private static final String ALLOWANCE = "rule \"Allow a free dessert for a birthday\"\n"
      + "  enabled false";

  private final KieBase withBirthdayDessert = compile(ShippedRuleSets.drl(
      OutputScenarioFacts.RULE_SET).replace(ALLOWANCE, ALLOWANCE.replace("false", "true")));

  @Test
  void theShippedPolicyShipsTheAllowanceSwitchedOff() {
    assertThat(ShippedRuleSets.drl(OutputScenarioFacts.RULE_SET)).contains(ALLOWANCE);
  }

  @Test
  void onceEnabledAFreeBirthdayDessertPasses() {
    assertThat(decide("Happy birthday! The Tiramisu is on the house.")).isEqualTo(Decision.ALLOW);
    assertThat(decide("For your birthday, a free dessert of your choice!"))
        .isEqualTo(Decision.ALLOW);
  }

  @Test
  void onceEnabledOtherGiftsAndDiscountsAreStillSentBack() {
    assertThat(decide("Happy birthday! A glass of House Chianti is on the house."))
        .isEqualTo(Decision.REGENERATE);
    assertThat(decide("The Tiramisu is free today.")).isEqualTo(Decision.REGENERATE);
    assertThat(decide("Happy birthday! Here is 10% off the Tiramisu."))
        .isEqualTo(Decision.REGENERATE);
  }

  private Decision decide(String reply) {
    List<Object> facts = new ReplyInspector().facts(reply, new ReplyContext(
        ReplyDemoBusinesses.MARIOS, SystemPrompts.forBusiness(ReplyDemoBusinesses.MARIOS.profile()),
        List.of()));
    RuleOutcome outcome = new RuleOutcome();
    KieSession session = withBirthdayDessert.newKieSession();
    try {
      session.setGlobal(RuleOutcome.GLOBAL, outcome);
      facts.forEach(session::insert);
      session.fireAllRules(1_000);
      return outcome.decision();
    } finally {
      session.dispose();
    }
  }

  private static KieBase compile(String drl) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)),
        ResourceType.DRL);
    assertThat(builder.getErrors()).isEmpty();
    return builder.newKieBase();
  }
}
