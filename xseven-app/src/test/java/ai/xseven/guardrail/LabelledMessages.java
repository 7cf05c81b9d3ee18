package ai.xseven.guardrail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The labelled evaluation sets under {@code src/test/resources/guardrails}: "label: text" lines. */
record LabelledMessages(String label, String text) {

  static List<LabelledMessages> load(String name) {
    try (InputStream in = LabelledMessages.class.getResourceAsStream("/guardrails/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> new LabelledMessages(line.substring(0, line.indexOf(':')).strip(),
              line.substring(line.indexOf(':') + 1).strip()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
