package ai.xseven.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ai.xseven.rules.RuleEngine;
import ai.xseven.rules.ShippedRuleSets;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginResult;
import ai.xseven.support.ShippedScenarios;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.ObjectProvider;

/** {@code rules/plugin-policy.drl} against its scenarios, and the policy that asks it. */
class PluginPolicyTest {

  private static final UUID MARIOS = UUID.randomUUID();

  private final RuleEngine rules = mock(RuleEngine.class);
  private final AllowLists allowLists = mock(AllowLists.class);
  private final PluginRegistry registry = mock(PluginRegistry.class);
  @SuppressWarnings("unchecked")
  private final ObjectProvider<PluginRegistry> registryProvider = mock(ObjectProvider.class);
  private final PluginPolicy policy =
      new PluginPolicy(rules, allowLists, registryProvider, Set.of("httpRequest"));

  PluginPolicyTest() {
    when(registryProvider.getObject()).thenReturn(registry);
    when(rules.activeVersion(PluginPolicy.RULE_SET)).thenReturn(1);
    when(rules.evaluate(eq(PluginPolicy.RULE_SET), any())).thenAnswer(call ->
        ShippedRuleSets.evaluate("plugin-policy", call.<Collection<?>>getArgument(1)));
  }

  @TestFactory
  Stream<DynamicTest> shippedScenarios() {
    return ShippedScenarios.of("plugin-policy");
  }

  @Test
  void everyRuleFiresInSomeScenario() {
    assertThat(ShippedScenarios.rulesNoScenarioFires("plugin-policy")).isEmpty();
  }

  @Test
  void anIntegrationOffTheAllowListIsRefusedWithASentenceNamingBusinessAndPlugin() {
    onAllowList();

    PluginVerdict verdict = policy.check(MARIOS.toString(), plugin("httpRequest").builtIn());

    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.reason()).isEqualTo("Mario's Italian may not use the plugin httpRequest: "
        + "it sends data outside X-Seven and is not on the business's allow-list (Businesses, "
        + "Mario's Italian, Plugins).");
  }

  @Test
  void aJarPluginIsAllowedOnlyOnceOnTheAllowList() {
    LambdaPlugin loyalty = plugin("loyaltyPoints");
    onAllowList();
    assertThat(policy.check(MARIOS.toString(), loyalty.fromJar()).reason())
        .contains("comes from the plugins folder");

    onAllowList("loyaltyPoints");
    assertThat(policy.check(MARIOS.toString(), loyalty.fromJar()).allowed()).isTrue();
  }

  @Test
  void thePlatformsOwnPluginsNeedNoAllowList() {
    onAllowList();

    assertThat(policy.check(MARIOS.toString(), plugin("replyWithText").builtIn()).allowed())
        .isTrue();
    assertThat(policy.check(null, plugin("httpRequest").builtIn()).allowed()).isTrue();
    assertThat(policy.check("not-an-id", plugin("replyWithText").builtIn()).allowed()).isFalse();
  }

  @Test
  void verdictsAreCachedPerRuleSetVersion() {
    onAllowList();
    InstalledPlugin http = plugin("httpRequest").builtIn();

    policy.check(MARIOS.toString(), http);
    policy.check(MARIOS.toString(), http);
    verify(rules, times(1)).evaluate(eq(PluginPolicy.RULE_SET), any());

    when(rules.activeVersion(PluginPolicy.RULE_SET)).thenReturn(2);
    policy.check(MARIOS.toString(), http);
    verify(rules, times(2)).evaluate(eq(PluginPolicy.RULE_SET), any());
  }

  @Test
  void theAllowListShowsOnlyPluginsTheBusinessMustAllow() {
    onAllowList("loyaltyPoints");
    when(registry.all()).thenReturn(List.of(plugin("replyWithText").builtIn(),
        plugin("httpRequest").builtIn(), plugin("loyaltyPoints").fromJar()));

    assertThat(policy.choices(MARIOS)).extracting(PluginChoice::id, PluginChoice::needsAllowList,
            PluginChoice::onAllowList)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("replyWithText", false, false),
            org.assertj.core.groups.Tuple.tuple("httpRequest", true, false),
            org.assertj.core.groups.Tuple.tuple("loyaltyPoints", true, true));
  }

  private void onAllowList(String... pluginIds) {
    AllowLists.Snapshot snapshot = new AllowLists.Snapshot("Mario's Italian", "RESTAURANT",
        Set.of(pluginIds), Instant.now());
    when(allowLists.of(eq(MARIOS), any(Boolean.class))).thenReturn(snapshot);
    when(allowLists.of(MARIOS, true)).thenReturn(snapshot);
    when(allowLists.of(MARIOS, false)).thenReturn(snapshot);
  }

  static LambdaPlugin plugin(String id) {
    return new LambdaPlugin(PluginDefinition.builder(id).name(id).description("Does " + id + ".")
        .build(), context -> PluginResult.builder().build());
  }
}
