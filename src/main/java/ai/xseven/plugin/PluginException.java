package ai.xseven.plugin;

/** A plugin could not do its work for a reason an analyst or developer must fix. */
public class PluginException extends RuntimeException {

  public PluginException(String message) {
    super(message);
  }
}
