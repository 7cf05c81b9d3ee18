package ai.xseven.rules;

/**
 * A rule set that kept firing past its bound, almost always a rule whose consequence re-triggers
 * itself ({@code modify} without a guard). Named, so the analyst knows which rule to fix.
 */
public class RunawayRuleSetException extends RuntimeException {

  private final String ruleSet;
  private final String rule;

  RunawayRuleSetException(String ruleSet, int version, String rule, int firings) {
    super("Rule set '" + ruleSet + "' version " + version + " was stopped after " + firings
        + " rule firings: rule '" + rule + "' keeps re-firing. Add a condition that stops it from "
        + "matching its own changes.");
    this.ruleSet = ruleSet;
    this.rule = rule;
  }

  public String ruleSet() {
    return ruleSet;
  }

  public String rule() {
    return rule;
  }
}
