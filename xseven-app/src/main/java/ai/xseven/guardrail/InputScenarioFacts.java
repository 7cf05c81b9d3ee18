package ai.xseven.guardrail;

import ai.xseven.rules.ScenarioFactSource;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Lets the {@code input-guardrails} scenarios say {@code message: "..."}: the message is inspected
 * exactly as a live one, so a scenario tests detectors and rules together.
 */
@Component
class InputScenarioFacts implements ScenarioFactSource {

  static final String RULE_SET = "input-guardrails";

  private final MessageInspector inspector;

  InputScenarioFacts(MessageInspector inspector) {
    this.inspector = inspector;
  }

  @Override
  public List<Object> facts(String ruleSet, Map<String, Object> given) {
    if (!RULE_SET.equals(ruleSet) || !(given.get("message") instanceof String message)) {
      return List.of();
    }
    return List.of(inspector.inspect(message, text(given, "channel"), text(given, "businessKind"),
        text(given, "businessName")).fact());
  }

  private static String text(Map<String, Object> given, String key) {
    Object value = given.get(key);
    return value == null ? null : value.toString();
  }
}
