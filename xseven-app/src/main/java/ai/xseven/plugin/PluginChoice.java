package ai.xseven.plugin;

/**
 * A plugin as a business's allow-list shows it.
 *
 * @param needsAllowList the policy refuses it to the business unless it is on the list
 * @param onAllowList the business has it on its list
 */
public record PluginChoice(String id, String name, String description, boolean builtIn,
    boolean needsAllowList, boolean onAllowList) {}
