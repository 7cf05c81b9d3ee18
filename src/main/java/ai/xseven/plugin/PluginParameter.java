package ai.xseven.plugin;

/** A typed input or output of a plugin, as an analyst sees it in the modeler. */
public record PluginParameter(String name, Class<?> type, boolean required, String description) {

  public static PluginParameter required(String name, Class<?> type, String description) {
    return new PluginParameter(name, type, true, description);
  }

  public static PluginParameter optional(String name, Class<?> type, String description) {
    return new PluginParameter(name, type, false, description);
  }
}
