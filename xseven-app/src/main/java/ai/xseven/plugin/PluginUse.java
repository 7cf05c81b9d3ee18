package ai.xseven.plugin;

/**
 * One business wanting to use one plugin, as {@code rules/plugin-policy.drl} sees it: at deploy,
 * for every plugin task of a diagram deployed for the business, and at run time, for every task
 * and tool call.
 *
 * @param businessId null for a conversation of no business (the global chat)
 * @param businessKind {@code RESTAURANT}, {@code SALON}; null without a business
 * @param builtIn shipped with the platform rather than dropped into the plugins folder
 * @param integration a shipped plugin that reaches outside X-Seven (HTTP, webhook, e-mail)
 * @param onAllowList the business has added the plugin to its allow-list
 * @param agentTool the plugin declares that an agent may call it as a tool
 */
public record PluginUse(String businessId, String businessName, String businessKind,
    String pluginId, boolean builtIn, boolean integration, boolean onAllowList,
    boolean agentTool) {}
