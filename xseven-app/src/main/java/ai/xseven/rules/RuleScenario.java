package ai.xseven.rules;

import java.util.List;
import java.util.Map;

/**
 * One rule test: given facts (typed, by the DRL's import names: {@code {BookingCheck: {...}}}) and
 * plain inputs such as {@code message}, expect a decision and the rules that must (or must not)
 * fire.
 */
public record RuleScenario(String name, Map<String, Object> given, Expectation expect) {

  public RuleScenario {
    given = given == null ? Map.of() : given;
  }

  /**
   * @param decision the expected decision; null when only the firing matters
   * @param fired rules that must fire
   * @param notFired rules that must not fire
   * @param values named values the rules must have set (compared as text)
   */
  public record Expectation(Decision decision, List<String> fired, List<String> notFired,
      Map<String, Object> values) {

    public Expectation {
      fired = fired == null ? List.of() : fired;
      notFired = notFired == null ? List.of() : notFired;
      values = values == null ? Map.of() : values;
    }
  }
}
