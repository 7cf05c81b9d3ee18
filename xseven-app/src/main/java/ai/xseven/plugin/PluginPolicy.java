package ai.xseven.plugin;

import org.springframework.stereotype.Component;

/**
 * Decides which plugins a business's diagrams and agents may use. Asked at deploy (every task of
 * a diagram deployed for a business), at run time (every task and tool call) and when an agent's
 * tools are offered.
 */
@Component
public class PluginPolicy {

  /** The verdict for one business (null: a conversation with no business) and plugin. */
  public PluginVerdict check(String businessId, InstalledPlugin plugin) {
    return PluginVerdict.allow();
  }
}
