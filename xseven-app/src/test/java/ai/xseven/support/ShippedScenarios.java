package ai.xseven.support;

import ai.xseven.rules.RuleResult;
import ai.xseven.rules.RuleScenario;
import ai.xseven.rules.ShippedRuleSets;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs {@code rules/tests/<rule set>.yaml} against {@code rules/<rule set>.drl} without a Spring
 * context, one dynamic test per scenario. Facts are converted as the runtime converts them: by the
 * simple name of a class the DRL imports, fields by Jackson. Unknown fields fail here (the runtime
 * ignores them), so a misspelt field cannot make a scenario pass by accident.
 */
public final class ShippedScenarios {

  private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+)\\s*;");

  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

  private static final ObjectMapper JSON =
      Jackson2ObjectMapperBuilder.json()
          .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private ShippedScenarios() {}

  public static Stream<DynamicTest> of(String ruleSet) {
    List<RuleScenario> scenarios = load(ruleSet);
    if (scenarios.isEmpty()) {
      throw new AssertionError("rules/tests/" + ruleSet + ".yaml has no scenarios");
    }
    Map<String, Class<?>> types = factTypes(ShippedRuleSets.drl(ruleSet));
    return scenarios.stream()
        .map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
          RuleResult result = ShippedRuleSets.evaluate(ruleSet, facts(scenario, types));
          List<String> failures = failures(expectation(scenario), result);
          if (!failures.isEmpty()) {
            throw new AssertionError(String.join("; ", failures) + "\n  fired: " + result.fired()
                + "\n  reasons: " + result.reasons() + "\n  values: " + result.values());
          }
        }));
  }

  /** The rules of {@code rules/<ruleSet>.drl} that no scenario expects to fire. */
  public static List<String> rulesNoScenarioFires(String ruleSet) {
    List<String> expected =
        load(ruleSet).stream().flatMap(scenario -> expectation(scenario).fired().stream()).toList();
    List<String> untested = new ArrayList<>();
    Matcher rules = RULE.matcher(ShippedRuleSets.drl(ruleSet));
    while (rules.find()) {
      if (!expected.contains(rules.group(1))) {
        untested.add(rules.group(1));
      }
    }
    return untested;
  }

  private static List<RuleScenario> load(String ruleSet) {
    try {
      Map<String, Object> document =
          new Yaml().load(Files.readString(Path.of("rules", "tests", ruleSet + ".yaml")));
      List<?> listed = (List<?>) document.getOrDefault("scenarios", List.of());
      return listed.stream().map(item -> JSON.convertValue(item, RuleScenario.class)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RuleScenario.Expectation expectation(RuleScenario scenario) {
    return Objects.requireNonNullElse(
        scenario.expect(), new RuleScenario.Expectation(null, null, null, null));
  }

  private static List<Object> facts(RuleScenario scenario, Map<String, Class<?>> types) {
    List<Object> facts = new ArrayList<>();
    if (scenario.given().get("facts") instanceof List<?> listed) {
      for (Object item : listed) {
        Map.Entry<?, ?> fact = ((Map<?, ?>) item).entrySet().iterator().next();
        Class<?> type = types.get(String.valueOf(fact.getKey()));
        if (type == null) {
          throw new AssertionError("Fact type " + fact.getKey() + " is not imported by the DRL");
        }
        facts.add(JSON.convertValue(fact.getValue() == null ? Map.of() : fact.getValue(), type));
      }
    }
    return facts;
  }

  private static List<String> failures(RuleScenario.Expectation expect, RuleResult result) {
    List<String> failures = new ArrayList<>();
    if (expect.decision() != null && expect.decision() != result.decision()) {
      failures.add("expected decision " + expect.decision() + " but was " + result.decision());
    }
    expect.fired().stream()
        .filter(rule -> !result.fired().contains(rule))
        .forEach(rule -> failures.add("expected '" + rule + "' to fire"));
    expect.notFired().stream()
        .filter(rule -> result.fired().contains(rule))
        .forEach(rule -> failures.add("expected '" + rule + "' not to fire"));
    expect.values().forEach((key, value) -> {
      if (!Objects.equals(String.valueOf(value), result.value(key))) {
        failures.add("expected " + key + " = " + value + " but was " + result.value(key));
      }
    });
    return failures;
  }

  private static Map<String, Class<?>> factTypes(String drl) {
    Map<String, Class<?>> types = new LinkedHashMap<>();
    Matcher imports = IMPORT.matcher(drl);
    while (imports.find()) {
      try {
        Class<?> type = Class.forName(imports.group(1));
        types.put(type.getSimpleName(), type);
      } catch (ClassNotFoundException notAClass) {
        // a function import; the DRL compiler judges it
      }
    }
    return types;
  }
}
