package ai.xseven.integration;

import java.util.ArrayList;
import java.util.List;

/** The {@code Name: value} lines of a task's headers field. */
final class HeaderLines {

  /** Header lines, blank lines allowed: checked at deploy through the field's pattern. */
  static final String PATTERN = "(?:[ \\t]*(?:[A-Za-z0-9!#$%&'*+.^_`|~-]+[ \\t]*:[^\\r\\n]*)?"
      + "[ \\t]*(?:\\r?\\n|$))*";

  record Header(String name, String value) {}

  private HeaderLines() {}

  static List<Header> parse(String text) {
    List<Header> headers = new ArrayList<>();
    if (text == null) {
      return headers;
    }
    for (String line : text.split("\\R")) {
      int colon = line.indexOf(':');
      if (line.isBlank() || colon < 0) {
        continue;
      }
      headers.add(new Header(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
    }
    return headers;
  }
}
