package ai.xseven.plugin;

import ai.xseven.rules.Decision;
import ai.xseven.rules.Reason;
import ai.xseven.rules.RuleEngine;
import ai.xseven.rules.RuleResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides which plugins a business's diagrams and agents may use, by the rule set
 * {@code plugin-policy} over a {@link PluginUse} fact. Asked at deploy (every task of a diagram
 * deployed for a business), at run time (every task and tool call) and when an agent's tools are
 * offered. Verdicts are cached per rule-set version and fact, so a run-time check costs a map
 * lookup; the business's allow-list is cached by {@link AllowLists}.
 */
@Component
public class PluginPolicy {

  static final String RULE_SET = "plugin-policy";

  private final RuleEngine rules;
  private final AllowLists allowLists;
  /** Lazily: the registry holds every plugin bean, and some of those reach the runner. */
  private final ObjectProvider<PluginRegistry> registry;
  private final Set<String> integrations;
  private final Map<Verdicts, PluginVerdict> verdicts = new ConcurrentHashMap<>();
  private volatile int cachedVersion;

  PluginPolicy(RuleEngine rules, AllowLists allowLists, ObjectProvider<PluginRegistry> registry,
      @Value("${xseven.plugins.integrations:httpRequest,webhook,sendEmail}")
      Set<String> integrations) {
    this.rules = rules;
    this.allowLists = allowLists;
    this.registry = registry;
    this.integrations = Set.copyOf(integrations);
  }

  /** The verdict for one business (null: a conversation with no business) and plugin. */
  public PluginVerdict check(String businessId, InstalledPlugin plugin) {
    if (businessId == null || businessId.isBlank()) {
      return check((UUID) null, plugin, false);
    }
    try {
      return check(UUID.fromString(businessId), plugin, false);
    } catch (IllegalArgumentException notAnId) {
      return PluginVerdict.refuse("'" + businessId + "' is not a business id.");
    }
  }

  /** The verdict from the business's allow-list as stored right now, for a deploy. */
  public PluginVerdict checkForDeploy(UUID businessId, InstalledPlugin plugin) {
    return check(businessId, plugin, true);
  }

  /** Every installed plugin as the business's allow-list shows it. */
  public List<PluginChoice> choices(UUID businessId) {
    AllowLists.Snapshot business = allowLists.of(businessId, true);
    return registry.getObject().all().stream().map(plugin -> {
      boolean needsList = !decide(use(businessId, business, plugin, false)).allowed();
      return new PluginChoice(plugin.id(), plugin.definition().name(),
          plugin.definition().description(), plugin.builtIn(), needsList,
          business.allowed().contains(plugin.id()));
    }).toList();
  }

  /** Adds the plugin to the business's allow-list, or removes it. */
  @Transactional
  public void setAllowed(UUID businessId, String pluginId, boolean allowed, String actor) {
    if (allowed && registry.getObject().find(pluginId).isEmpty()) {
      throw new IllegalArgumentException("No plugin with the id '" + pluginId
          + "' is installed.");
    }
    allowLists.change(businessId, pluginId, allowed, actor);
  }

  private PluginVerdict check(UUID businessId, InstalledPlugin plugin, boolean fresh) {
    if (businessId == null) {
      return decide(new PluginUse(null, null, null, plugin.id(), plugin.builtIn(),
          isIntegration(plugin), false, plugin.definition().agentTool()));
    }
    AllowLists.Snapshot business = allowLists.of(businessId, fresh);
    return decide(use(businessId, business, plugin, business.allowed().contains(plugin.id())));
  }

  private PluginUse use(UUID businessId, AllowLists.Snapshot business, InstalledPlugin plugin,
      boolean onAllowList) {
    return new PluginUse(businessId.toString(), business.name(), business.kind(), plugin.id(),
        plugin.builtIn(), isIntegration(plugin), onAllowList, plugin.definition().agentTool());
  }

  private PluginVerdict decide(PluginUse use) {
    int version = rules.activeVersion(RULE_SET);
    if (version != cachedVersion) {
      verdicts.keySet().removeIf(key -> key.version() != version);
      cachedVersion = version;
    }
    return verdicts.computeIfAbsent(new Verdicts(version, use), key -> {
      RuleResult result = rules.evaluate(RULE_SET, List.of(use));
      if (result.decision() == Decision.ALLOW) {
        return PluginVerdict.allow();
      }
      return PluginVerdict.refuse(result.decisive().map(Reason::text)
          .collect(Collectors.joining(" ")));
    });
  }

  private boolean isIntegration(InstalledPlugin plugin) {
    return plugin.builtIn() && integrations.contains(plugin.id());
  }

  private record Verdicts(int version, PluginUse use) {}
}
