package ai.xseven.guardrail;

import ai.xseven.rules.Decision;
import ai.xseven.rules.Reason;
import ai.xseven.rules.RuleEngine;
import ai.xseven.rules.RuleResult;
import ai.xseven.rules.RunawayRuleSetException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Judges a customer message before anything else sees it: cheap detectors compute the facts, the
 * {@code input-guardrails} rule set decides. Personal data the rules name is masked whatever the
 * decision, so it is never stored or shown to a model.
 */
@Service
public class InputGuardrail {

  static final String RULE_SET = "input-guardrails";
  private static final Set<String> ALL_PERSONAL_DATA = Set.of("CARD", "EMAIL", "PHONE", "IBAN");
  private static final Logger log = LoggerFactory.getLogger(InputGuardrail.class);

  private final MessageInspector inspector;
  private final RuleEngine rules;
  private final GuardrailMetrics metrics;

  InputGuardrail(MessageInspector inspector, RuleEngine rules, GuardrailMetrics metrics) {
    this.inspector = inspector;
    this.rules = rules;
    this.metrics = metrics;
  }

  public GuardrailVerdict check(String text, String channel, String businessKind,
      String businessName) {
    long started = System.nanoTime();
    Inspection inspection = inspector.inspect(text, channel, businessKind, businessName);
    RuleResult result;
    try {
      result = rules.evaluate(RULE_SET, List.of(inspection.fact()));
    } catch (RunawayRuleSetException runaway) {
      // Fail closed: a broken rule set must not wave attacks through.
      log.error("Input guardrails unusable; refusing the message", runaway);
      return new GuardrailVerdict(Decision.BLOCK,
          Redactor.redact(text, inspection.personalData(), ALL_PERSONAL_DATA),
          "Sorry, I can't process messages right now. Please try again in a little while.",
          List.of("runaway: " + runaway.rule()));
    }
    metrics.record("input", result, System.nanoTime() - started);
    String passed =
        result.redactions().isEmpty()
            ? text
            : Redactor.redact(text, inspection.personalData(), result.redactions());
    String reason = result.decisive().map(Reason::text).findFirst().orElse(null);
    return new GuardrailVerdict(result.decision(), passed, reason, result.fired());
  }
}
