package ai.xseven.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The global {@code outcome} every rule set declares ({@code global ai.xseven.rules.RuleOutcome
 * outcome;}) and its consequences call: {@code outcome.block("...")}, {@code outcome.redact("EMAIL")},
 * {@code outcome.set("model", "small")}. Each call is attributed to the rule that made it.
 */
public final class RuleOutcome {

  public static final String GLOBAL = "outcome";

  private Decision decision = Decision.ALLOW;
  private final List<Reason> reasons = new ArrayList<>();
  private final Set<String> redactions = new LinkedHashSet<>();
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final List<String> fired = new ArrayList<>();
  private String currentRule;

  public void block(String reason) {
    decide(Decision.BLOCK, reason);
  }

  public void escalate(String reason) {
    decide(Decision.ESCALATE, reason);
  }

  /** Output only: asks for a new reply; {@code feedback} tells the model what was wrong. */
  public void regenerate(String feedback) {
    decide(Decision.REGENERATE, feedback);
  }

  /** Masks every detected span of {@code kind} (CARD, EMAIL, PHONE, IBAN) and lets the text through. */
  public void redact(String kind) {
    redactions.add(kind);
    decide(Decision.REDACT, "Masked " + kind.toLowerCase() + " data.");
  }

  /** A named value for the caller, e.g. the model a routing rule chose. */
  public void set(String key, Object value) {
    values.put(key, value);
  }

  public Decision decision() {
    return decision;
  }

  void ruleFiring(String rule) {
    currentRule = rule;
    fired.add(rule);
  }

  RuleResult result(String ruleSet, int version) {
    return new RuleResult(ruleSet, version, decision, reasons, redactions, values, fired);
  }

  private void decide(Decision asked, String text) {
    decision = decision.atLeast(asked);
    reasons.add(new Reason(currentRule, asked, text));
  }
}
