package com.example.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.sdk.BusinessError;
import ai.xseven.sdk.PluginException;
import ai.xseven.testkit.PluginHarness;
import ai.xseven.testkit.PluginRun;
import org.junit.jupiter.api.Test;

/** The plugin alone: the platform's field checks and defaults, no application running. */
class LoyaltyPointsPluginTest {

  private final PluginHarness plugin = PluginHarness.of(new LoyaltyPointsPlugin());

  @Test
  void aGoldCustomerEarnsTwiceThePointsOfTheAmountTheyMention() {
    PluginRun run = plugin.field("amount", "I spent $42.50 today").field("tier", "gold")
        .field("pointsPerUnit", "2").variable("customerName", "Ana").run();

    assertThat(run.businessError()).isEmpty();
    assertThat(run.output("loyaltyPoints")).contains(170);
    assertThat(run.output("loyaltyMessage"))
        .contains("Thanks Ana! That purchase earns you 170 Hello Rewards points (gold tier).");
  }

  @Test
  void blankFieldsTakeTheirDefaults() {
    PluginRun run = plugin.field("amount", 19.99).run();

    assertThat(run.output("loyaltyMessage"))
        .contains("That purchase earns you 19 Hello Rewards points (bronze tier).");
  }

  @Test
  void aNamedSigningKeyAddsARewardCodeSignedWithTheSecret() throws Exception {
    PluginRun run = plugin.field("amount", "10").field("signingKey", "loyalty.key")
        .secret("loyalty.key", "s3cret").conversationId("c-1").run();

    assertThat(run.output("loyaltyMessage").orElseThrow().toString())
        .endsWith("Your reward code: " + LoyaltyPointsPlugin.rewardCode("s3cret", "c-1", 10) + ".")
        .doesNotContain("s3cret");
  }

  @Test
  void aSigningKeyThatIsNotDefinedIsATechnicalFailureNamingTheEnvironmentVariable() {
    assertThatThrownBy(() -> plugin.field("amount", "10").field("signingKey", "loyalty.key").run())
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("XSEVEN_SECRET_LOYALTY_KEY");
  }

  @Test
  void invalidFieldsAreRefusedWithTheFieldNamedBeforeThePluginRuns() {
    plugin.field("amount", "10").field("tier", "platinum").field("pointsPerUnit", "11")
        .field("programName", "The Very Exclusive Hello Rewards Club of Springfield");

    assertThat(plugin.problems()).containsExactly(
        "'Program name' must be at most 40 characters.",
        "'Points per unit' must be at most 10.",
        "'Tier' must be one of bronze, silver, gold, not 'platinum'.");
    assertThatThrownBy(plugin::run).isInstanceOf(PluginException.class)
        .hasMessageStartingWith("Task Task_UnderTest (plugin loyaltyPoints): 'Program name'");
  }

  @Test
  void theAmountIsRequired() {
    assertThatThrownBy(plugin::run).hasMessageEndingWith("'Amount spent' is required.");
  }

  @Test
  void wordsWithoutAnAmountAreABusinessErrorTheDiagramCanCatch() {
    PluginRun run = plugin.field("amount", "a lot").run();

    assertThat(run.businessError()).hasValueSatisfying(error -> {
      assertThat(error.code()).isEqualTo("NOT_AN_AMOUNT");
      assertThat(error.getMessage()).isEqualTo("'a lot' holds no amount.");
    });
    assertThat(run.outputs()).isEmpty();
  }

  @Test
  void nothingSpentIsABusinessErrorOfItsOwn() {
    assertThat(plugin.field("amount", "0").run().businessError()).map(BusinessError::code)
        .contains("NO_PURCHASE");
  }

  @Test
  void theDefinitionOffersThePluginToAgents() {
    assertThat(plugin.definition().agentTool()).isTrue();
    assertThat(plugin.definition().outputs()).extracting(output -> output.name())
        .containsExactly("loyaltyPoints", "loyaltyMessage");
  }
}
