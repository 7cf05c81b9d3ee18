package ai.xseven.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code intent: utterance} lines of the example file on the classpath. */
final class IntentExamples {

  static final String RESOURCE = "/agent/intent-examples.txt";

  record Example(String intent, String text) {}

  private IntentExamples() {}

  static List<Example> load() {
    try (InputStream in = IntentExamples.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Example> parse(BufferedReader reader) throws IOException {
    List<Example> examples = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || colon == line.length() - 1) {
        throw new IllegalStateException("Line " + number + " is not 'intent: utterance': " + line);
      }
      String intent = line.substring(0, colon).strip();
      Intent.kindOf(intent); // fails fast on a misspelt intent name
      examples.add(new Example(intent, IntentClassifier.normalise(line.substring(colon + 1))));
    }
    return List.copyOf(examples);
  }
}
