package ai.xseven.process;

/** One element that differs between two versions of a diagram. */
public record DiagramChange(Kind kind, String elementId, String name, String type,
    String detail) {

  public enum Kind { ADDED, REMOVED, CHANGED }
}
