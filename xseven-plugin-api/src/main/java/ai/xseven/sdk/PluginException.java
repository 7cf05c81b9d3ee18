package ai.xseven.sdk;

/**
 * A plugin could not do its work for a reason an analyst or developer must fix (a missing
 * variable, an unknown secret, a refused URL): a technical failure with a clear sentence.
 */
public class PluginException extends RuntimeException {

  public PluginException(String message) {
    super(message);
  }

  public PluginException(String message, Throwable cause) {
    super(message, cause);
  }
}
