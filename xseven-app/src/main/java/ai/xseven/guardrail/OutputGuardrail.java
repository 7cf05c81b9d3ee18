package ai.xseven.guardrail;

import ai.xseven.rules.Decision;
import ai.xseven.rules.Reason;
import ai.xseven.rules.RuleEngine;
import ai.xseven.rules.RuleResult;
import ai.xseven.rules.RunawayRuleSetException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Judges a reply before the customer sees it, against the business's own data: its catalog, its
 * opening hours, its policy and the assistant's instructions.
 */
@Service
public class OutputGuardrail {

  static final String RULE_SET = "output-guardrails";
  private static final Logger log = LoggerFactory.getLogger(OutputGuardrail.class);

  private final ReplyInspector inspector;
  private final RuleEngine rules;
  private final GuardrailMetrics metrics;

  OutputGuardrail(ReplyInspector inspector, RuleEngine rules, GuardrailMetrics metrics) {
    this.inspector = inspector;
    this.rules = rules;
    this.metrics = metrics;
  }

  public GuardrailVerdict check(String reply, ReplyContext context) {
    long started = System.nanoTime();
    RuleResult result;
    try {
      result = rules.evaluate(RULE_SET, inspector.facts(reply, context));
    } catch (RunawayRuleSetException runaway) {
      log.error("Output guardrails unusable; withholding the reply", runaway);
      return new GuardrailVerdict(Decision.BLOCK, reply, runaway.getMessage(),
          List.of("runaway: " + runaway.rule()));
    }
    metrics.record("output", result, System.nanoTime() - started);
    String reason = result.decisive().map(Reason::text).findFirst().orElse(null);
    return new GuardrailVerdict(result.decision(), reply, reason, result.fired());
  }
}
