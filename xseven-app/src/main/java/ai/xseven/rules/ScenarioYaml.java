package ai.xseven.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Scenarios as YAML: the shipped files ({@code scenarios:} lists) and the one-scenario documents
 * analysts edit. Reading is strict: a misspelt field fails loudly instead of being dropped.
 */
final class ScenarioYaml {

  private final ObjectMapper json;

  ScenarioYaml(ObjectMapper json) {
    this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** Each scenario in {@code rules/tests/<ruleSet>.yaml} as written there; empty without a file. */
  List<Map<String, Object>> shippedDocuments(String ruleSet) {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Resource file : resources("classpath*:rules/tests/" + ruleSet + ".yaml")) {
      Map<String, Object> document = new Yaml().load(RuleSetSeeder.read(file));
      for (Object item : (List<?>) document.getOrDefault("scenarios", List.of())) {
        @SuppressWarnings("unchecked")
        Map<String, Object> scenario = (Map<String, Object>) item;
        documents.add(scenario);
      }
    }
    return documents;
  }

  RuleScenario scenario(Map<String, Object> document) {
    return json.convertValue(document, RuleScenario.class);
  }

  /** One scenario document as an analyst reads it: block style, keys in their written order. */
  static String dump(Map<String, Object> document) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setWidth(100);
    return new Yaml(options).dump(document);
  }

  /** Reads one scenario, or says in a sentence what is wrong with the text. */
  RuleScenario parse(String yaml) {
    Object loaded;
    try {
      loaded = new Yaml().load(yaml == null ? "" : yaml);
    } catch (MarkedYAMLException e) {
      throw new InvalidScenarioException("The scenario is not valid YAML at line "
          + (e.getProblemMark().getLine() + 1) + ": " + e.getProblem() + ".");
    } catch (YAMLException e) {
      throw new InvalidScenarioException("The scenario is not valid YAML: " + e.getMessage());
    }
    if (!(loaded instanceof Map<?, ?> document)) {
      throw new InvalidScenarioException(
          "A scenario is a YAML mapping with 'name', 'given' and 'expect'.");
    }
    RuleScenario scenario;
    try {
      scenario = json.convertValue(document, RuleScenario.class);
    } catch (IllegalArgumentException e) {
      throw new InvalidScenarioException("The scenario does not read as name, given and expect: "
          + firstLine(e.getMessage()));
    }
    if (scenario.name() == null || scenario.name().isBlank()) {
      throw new InvalidScenarioException("The scenario needs a 'name'.");
    }
    if (scenario.name().length() > 300) {
      throw new InvalidScenarioException("The scenario's name is longer than 300 characters.");
    }
    return scenario;
  }

  private static String firstLine(String message) {
    String line = message == null ? "" : message.lines().findFirst().orElse("");
    // Jackson names the target class after the problem; the analyst needs only the problem.
    return line.replaceAll(" \\(class [^)]*\\)", "").replaceAll("\\s*\\(for Object.*$", "");
  }

  private static Resource[] resources(String pattern) {
    try {
      return new PathMatchingResourcePatternResolver().getResources(pattern);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
