package ai.xseven.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.business.PriceChange;
import ai.xseven.plugin.PluginHarness;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.TurnValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluateRulesPluginTest {

  private final EvaluateRulesPlugin plugin = plugin();
  private final PluginHarness harness = new PluginHarness();

  private static EvaluateRulesPlugin plugin() {
    RuleSetCompiler compiler = new RuleSetCompiler();
    ActiveRuleSets active = new ActiveRuleSets(null, compiler);
    active.install(compiler.compile("menu-change-policy", 3,
        ShippedRuleSets.drl("menu-change-policy")));
    active.install(compiler.compile("routing", 1, """
        package test;
        import ai.xseven.business.PriceChange;
        global ai.xseven.rules.RuleOutcome outcome;
        rule "Expensive items go to the chef"
        when
          PriceChange(newCents > 2000)
        then
          outcome.set("reviewer", "chef");
        end
        """));
    return new EvaluateRulesPlugin(active, new RuleProperties(Duration.ofSeconds(1), 1000),
        new ObjectMapper());
  }

  private PluginResult evaluate(String ruleSet, String facts, Map<String, ?> variables) {
    return harness.run(plugin, Map.of("ruleSet", ruleSet, "facts", facts), variables);
  }

  @Test
  void aFactFromAMapVariableIsJudgedByTheActiveRuleSet() {
    PluginResult result = evaluate("menu-change-policy", "PriceChange = change",
        Map.of("change", Map.of("item", "Margherita", "currency", "USD", "currentCents", 1400,
            "newCents", 0)));

    assertThat(result.outputs().get("ruleDecision")).isEqualTo("BLOCK");
    assertThat((String) result.outputs().get("ruleReasons"))
        .contains("Margherita needs a price above zero");
    assertThat((String) result.outputs().get("ruleFired"))
        .contains("Refuse prices of zero or less");
  }

  @Test
  void aJsonVariableOrAnObjectOfTheTypeWorkAndAnAllowedChangeIsAllowed() {
    PluginResult fromJson = evaluate("menu-change-policy", "PriceChange = agentOutput",
        Map.of("agentOutput", "{\"item\":\"Tiramisu\",\"currency\":\"USD\","
            + "\"currentCents\":800,\"newCents\":850}"));
    PluginResult fromObject = harness.run(plugin, Map.of("ruleSet", "menu-change-policy",
            "facts", "PriceChange = change", "resultPrefix", "menu"),
        Map.of("change", new PriceChange("Tiramisu", "USD", 800, 2000)));

    assertThat(fromJson.outputs()).containsEntry("ruleDecision", "ALLOW")
        .containsEntry("ruleReasons", "").containsEntry("ruleFired", "");
    assertThat(fromObject.outputs().get("menuDecision")).isEqualTo("BLOCK");
    assertThat((String) fromObject.outputs().get("menuReasons")).contains("at most 50%");
  }

  @Test
  void theValuesTheRulesSetAreWrittenForTheTurn() {
    PluginResult result = evaluate("routing", "PriceChange = change",
        Map.of("change", Map.of("item", "Lobster", "currency", "USD", "currentCents", 4000,
            "newCents", 4200)));

    assertThat(result.outputs().get("ruleValues"))
        .isEqualTo(new TurnValue(Map.of("reviewer", "chef")));
  }

  @Test
  void aFactTheRuleSetCannotTakeFailsWithWhatItAccepts() {
    assertThatThrownBy(() -> evaluate("menu-change-policy", "BookingCheck = booking",
        Map.of("booking", Map.of())))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("rule set 'menu-change-policy' takes no fact of type BookingCheck")
        .hasMessageContaining("PriceChange");
    assertThatThrownBy(() -> evaluate("menu-change-policy", "PriceChange = change",
        Map.of("change", Map.of("item", "Margherita", "newPrice", 0))))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("the variable 'change' does not hold the fields of a PriceChange")
        .hasMessageContaining("newPrice");
    assertThatThrownBy(() -> evaluate("menu-change-policy", "PriceChange = change", Map.of()))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("'change'");
    assertThatThrownBy(() -> evaluate("no-such-rules", "PriceChange = change",
        Map.of("change", Map.of())))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("there is no active rule set 'no-such-rules'");
  }

  @Test
  void malformedFactLinesAreRefusedAtDeploy() {
    assertThat(plugin.definition().problemsWith(Map.of("ruleSet", "menu-change-policy",
        "facts", "PriceChange = change\n# and nothing else\n"))).isEmpty();
    assertThat(plugin.definition().problemsWith(Map.of("ruleSet", "menu-change-policy",
        "facts", "PriceChange change")))
        .singleElement().asString().contains("'Facts' does not have the expected form");
  }
}
