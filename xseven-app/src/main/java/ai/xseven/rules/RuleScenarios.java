package ai.xseven.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Runs rule test scenarios, the shipped ones in {@code rules/tests/<rule set>.yaml} or any sent to
 * the API, against the active version or against a draft DRL before it is saved.
 */
@Service
public class RuleScenarios {

  private final ActiveRuleSets active;
  private final RuleSetCompiler compiler;
  private final List<ScenarioFactSource> sources;
  private final RuleProperties properties;
  private final ObjectMapper json;
  private final ScenarioYaml yaml;

  RuleScenarios(ActiveRuleSets active, RuleSetCompiler compiler, List<ScenarioFactSource> sources,
      RuleProperties properties, ObjectMapper json) {
    this.active = active;
    this.compiler = compiler;
    this.sources = sources;
    this.properties = properties;
    // A misspelt field in a scenario's fact must fail the scenario, not be silently dropped.
    this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.yaml = new ScenarioYaml(json);
  }

  /** The scenarios shipped beside the rules for {@code ruleSet}; empty when there are none. */
  public List<RuleScenario> shipped(String ruleSet) {
    return yaml.shippedDocuments(ruleSet).stream().map(yaml::scenario).toList();
  }

  /** The version this node evaluates for {@code ruleSet}. */
  public int activeVersion(String ruleSet) {
    return active.get(ruleSet).version();
  }

  /** Runs against the active version, or against {@code draftDrl} when it is given. */
  public List<ScenarioResult> run(String ruleSet, String draftDrl, List<RuleScenario> scenarios) {
    CompiledRuleSet rules =
        draftDrl == null ? active.get(ruleSet) : compiler.compile(ruleSet, 0, draftDrl);
    try {
      return scenarios.stream().map(scenario -> run(rules, scenario)).toList();
    } finally {
      if (draftDrl != null) {
        rules.close();
      }
    }
  }

  private ScenarioResult run(CompiledRuleSet rules, RuleScenario scenario) {
    RuleResult result;
    try {
      result = RuleEngine.evaluate(rules, facts(rules, scenario), properties.maxFirings());
    } catch (RunawayRuleSetException | IllegalArgumentException broken) {
      return new ScenarioResult(scenario.name(), false, List.of(broken.getMessage()), null);
    }
    List<String> failures = new ArrayList<>();
    RuleScenario.Expectation expect = scenario.expect();
    if (expect != null) {
      if (expect.decision() != null && expect.decision() != result.decision()) {
        failures.add("expected decision " + expect.decision() + " but was " + result.decision());
      }
      expect.fired().stream()
          .filter(rule -> !result.fired().contains(rule))
          .forEach(rule -> failures.add("expected rule '" + rule + "' to fire"));
      expect.notFired().stream()
          .filter(rule -> result.fired().contains(rule))
          .forEach(rule -> failures.add("expected rule '" + rule + "' not to fire"));
      expect.values().forEach((key, value) -> {
        if (!Objects.equals(String.valueOf(value), result.value(key))) {
          failures.add("expected " + key + " = " + value + " but was " + result.value(key));
        }
      });
    }
    return new ScenarioResult(scenario.name(), failures.isEmpty(), failures, result);
  }

  private Collection<Object> facts(CompiledRuleSet rules, RuleScenario scenario) {
    List<Object> facts = new ArrayList<>();
    Object typed = scenario.given().get("facts");
    if (typed instanceof List<?> list) {
      for (Object item : list) {
        facts.add(typedFact(rules, item));
      }
    }
    sources.forEach(source -> facts.addAll(source.facts(rules.name(), scenario.given())));
    return facts;
  }

  private Object typedFact(CompiledRuleSet rules, Object item) {
    if (!(item instanceof Map<?, ?> map) || map.size() != 1) {
      throw new IllegalArgumentException(
          "Each fact is written as {TypeName: {field: value, ...}}; got " + item);
    }
    Map.Entry<?, ?> entry = map.entrySet().iterator().next();
    Class<?> type = rules.factTypes().get(String.valueOf(entry.getKey()));
    if (type == null) {
      throw new IllegalArgumentException("Fact type '" + entry.getKey() + "' is not imported by "
          + "rule set '" + rules.name() + "'; it imports " + rules.factTypes().keySet() + ".");
    }
    return json.convertValue(entry.getValue() == null ? Map.of() : entry.getValue(), type);
  }

}
