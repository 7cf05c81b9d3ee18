package ai.xseven.process;

/**
 * Why a diagram cannot be deployed, as a sentence for the analyst. {@code elementId} names the
 * diagram element it concerns (null for the file as a whole); {@code line} is the XML line when
 * known (0 otherwise).
 */
public record DiagramProblem(String elementId, int line, String message) {

  static DiagramProblem onElement(String elementId, String message) {
    return new DiagramProblem(elementId, 0, message);
  }

  static DiagramProblem inFile(int line, String message) {
    return new DiagramProblem(null, line, message);
  }

  /** The problem as one sentence, with where it is. */
  public String describe() {
    String where = elementId != null ? elementId + ": " : line > 0 ? "Line " + line + ": " : "";
    return where + message;
  }
}
