package ai.xseven.rules;

import java.util.List;

/** A DRL the builder refused; every error carries its line and column. */
public class InvalidRuleSetException extends RuntimeException {

  private final String ruleSet;
  private final List<CompileError> errors;

  InvalidRuleSetException(String ruleSet, List<CompileError> errors) {
    super("Rule set '" + ruleSet + "' has " + errors.size() + " error(s); first: "
        + errors.get(0).message());
    this.ruleSet = ruleSet;
    this.errors = List.copyOf(errors);
  }

  public String ruleSet() {
    return ruleSet;
  }

  public List<CompileError> errors() {
    return errors;
  }
}
