package ai.xseven.sdk;

/**
 * A process variable a plugin reads or writes, as the modeler's description of the task names it.
 *
 * @param required for a variable read: the task fails without it; for one written: always set
 */
public record Variable(String name, Class<?> type, boolean required, String description) {

  public static Variable required(String name, Class<?> type, String description) {
    return new Variable(name, type, true, description);
  }

  public static Variable optional(String name, Class<?> type, String description) {
    return new Variable(name, type, false, description);
  }
}
