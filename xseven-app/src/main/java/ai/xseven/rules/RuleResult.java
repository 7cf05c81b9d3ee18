package ai.xseven.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One evaluation of one version of a rule set: the decision, why, and every rule that fired in
 * order (a rule may fire more than once).
 */
public record RuleResult(
    String ruleSet,
    int version,
    Decision decision,
    List<Reason> reasons,
    Set<String> redactions,
    Map<String, Object> values,
    List<String> fired) {

  public RuleResult {
    reasons = List.copyOf(reasons);
    redactions = Set.copyOf(redactions);
    values = Map.copyOf(values);
    fired = List.copyOf(fired);
  }

  /** The reasons given for the winning decision; what the customer or the model should hear. */
  public Stream<Reason> decisive() {
    return reasons.stream().filter(reason -> reason.decision() == decision);
  }

  public String value(String key) {
    Object value = values.get(key);
    return value == null ? null : value.toString();
  }
}
