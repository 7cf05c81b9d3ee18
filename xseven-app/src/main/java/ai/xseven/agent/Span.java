package ai.xseven.agent;

/** A value found in a message and where it was, so the next finder can skip that text. */
record Span<T>(T value, int start, int end) {

  /** The text with this span blanked out; offsets of the rest stay the same. */
  String blankIn(String text) {
    return text.substring(0, start) + " ".repeat(end - start) + text.substring(end);
  }
}
