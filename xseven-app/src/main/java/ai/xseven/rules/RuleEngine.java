package ai.xseven.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.springframework.stereotype.Service;

/**
 * Evaluates the active version of a rule set against facts. Sessions are short-lived (insert, fire,
 * dispose), so evaluations never see each other's facts, and firing is bounded so a runaway rule
 * ends in an error naming it instead of a hung request.
 */
@Service
public class RuleEngine {

  private final ActiveRuleSets active;
  private final RuleProperties properties;

  RuleEngine(ActiveRuleSets active, RuleProperties properties) {
    this.active = active;
    this.properties = properties;
  }

  public RuleResult evaluate(String ruleSet, Collection<?> facts) {
    return evaluate(active.get(ruleSet), facts, properties.maxFirings());
  }

  /** The version currently evaluated for {@code ruleSet} on this node. */
  public int activeVersion(String ruleSet) {
    return active.get(ruleSet).version();
  }

  static RuleResult evaluate(CompiledRuleSet rules, Collection<?> facts, int maxFirings) {
    KieSession session = rules.session();
    RuleOutcome outcome = new RuleOutcome();
    Firings firings = new Firings(outcome);
    try {
      session.setGlobal(RuleOutcome.GLOBAL, outcome);
      session.addEventListener(firings);
      facts.forEach(session::insert);
      int fired = session.fireAllRules(maxFirings);
      if (fired >= maxFirings) {
        throw new RunawayRuleSetException(rules.name(), rules.version(), firings.mostFired(),
            fired);
      }
      return outcome.result(rules.name(), rules.version());
    } finally {
      session.removeEventListener(firings);
      session.dispose();
    }
  }

  /** Tells the outcome which rule is speaking, and counts firings per rule. */
  private static final class Firings extends DefaultAgendaEventListener {
    private final RuleOutcome outcome;
    private final Map<String, Integer> counts = new HashMap<>();

    Firings(RuleOutcome outcome) {
      this.outcome = outcome;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
      String rule = event.getMatch().getRule().getName();
      counts.merge(rule, 1, Integer::sum);
      outcome.ruleFiring(rule);
    }

    String mostFired() {
      return counts.entrySet().stream()
          .max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey)
          .orElse("?");
    }
  }
}
