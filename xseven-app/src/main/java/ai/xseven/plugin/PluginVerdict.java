package ai.xseven.plugin;

/** Whether a business may use a plugin, and if not, a sentence saying why. */
public record PluginVerdict(boolean allowed, String reason) {

  public static PluginVerdict allow() {
    return new PluginVerdict(true, null);
  }

  public static PluginVerdict refuse(String reason) {
    return new PluginVerdict(false, reason);
  }
}
