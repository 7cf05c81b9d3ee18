package ai.xseven.rules;

import java.util.List;
import java.util.Map;

/**
 * Turns the plain-language part of a scenario's {@code given} (a customer message, a draft reply)
 * into the facts a rule set sees at run time, computed exactly as in production. Features that
 * evaluate rule sets provide one for their own rule sets.
 */
public interface ScenarioFactSource {

  /** Facts for {@code ruleSet} from {@code given}; empty when this source has nothing to add. */
  List<Object> facts(String ruleSet, Map<String, Object> given);
}
