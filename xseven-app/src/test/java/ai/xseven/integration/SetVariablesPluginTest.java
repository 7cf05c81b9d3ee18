package ai.xseven.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.plugin.PluginHarness;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.TurnValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SetVariablesPluginTest {

  private final SetVariablesPlugin plugin = new SetVariablesPlugin();
  private final PluginHarness harness = new PluginHarness();

  private PluginResult set(String assignments, Map<String, ?> variables) {
    return harness.run(plugin, Map.of("assignments", assignments), variables);
  }

  @Test
  void evaluatesEachLineAgainstTheVariablesInOrder() {
    PluginResult result = set("""
        # the order's total, and what the owner hears about it
        total = ${price * quantity}
        size = ${total > 40 ? 'large' : 'small'}
        greeting = Thanks ${customerName}!
        """, Map.of("price", 14L, "quantity", 3L, "customerName", "Ana"));

    assertThat(result.outputs()).containsExactly(Map.entry("total", 42L),
        Map.entry("size", "large"), Map.entry("greeting", "Thanks Ana!"));
  }

  @Test
  void aValueWithoutAnExpressionIsALiteralOfItsType() {
    PluginResult result = set("""
        count = 3
        price = 9.5
        open = true
        note = null
        quoted = '42'
        stage = collecting details
        """, Map.of());

    assertThat(result.outputs()).containsEntry("count", 3L).containsEntry("price", 9.5)
        .containsEntry("open", true).containsEntry("note", null).containsEntry("quoted", "42")
        .containsEntry("stage", "collecting details");
  }

  @Test
  void readsIntoMapsAndListsAndKeepsAStructuredResultForTheTurn() {
    Map<String, Object> response = Map.of("body", Map.of("items",
        List.of(Map.of("name", "Margherita", "cents", 1400))));

    PluginResult result = set("""
        firstItem = ${httpResponse.body.items[0].name}
        items = ${httpResponse.body.items}
        """, Map.of("httpResponse", response));

    assertThat(result.outputs().get("firstItem")).isEqualTo("Margherita");
    assertThat(result.outputs().get("items")).isInstanceOf(TurnValue.class);
  }

  @Test
  void anExpressionCannotCallMethodsOrReadWhatIsNotThere() {
    assertThatThrownBy(() -> set("shout = ${customerName.toUpperCase()}",
        Map.of("customerName", "Ana")))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("the value of shout (${customerName.toUpperCase()}) cannot be "
            + "evaluated");
    assertThatThrownBy(() -> set("klass = ${customerName.class}", Map.of("customerName", "Ana")))
        .isInstanceOf(PluginException.class);
    assertThatThrownBy(() -> set("total = ${price * 2}", Map.of()))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("there is no process variable 'price'");
  }

  @Test
  void aVariableHoldingALineBreakCannotWriteAnotherVariable() {
    PluginResult result = set("note = ${message}",
        Map.of("message", "hi\nbusinessId = someone-else"));

    assertThat(result.outputs()).containsOnlyKeys("note");
  }

  @Test
  void malformedLinesAndProtectedVariablesAreRefusedAtDeploy() {
    assertThat(plugin.definition().problemsWith(Map.of("assignments",
        "total = ${a}\n\n  # note\nflag=true"))).isEmpty();
    for (String wrong : List.of("total ${a}", "total =", "2total = 1", "businessId = x",
        "channel = dashboard", "a = 1\nactor= owner")) {
      assertThat(plugin.definition().problemsWith(Map.of("assignments", wrong)))
          .as(wrong).singleElement().asString()
          .contains("'Assignments' does not have the expected form");
    }
  }
}
