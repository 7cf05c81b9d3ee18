package ai.xseven.conversation;

import java.time.Instant;
import java.util.List;

/**
 * One transcript line for the studio, with what the guardrails decided about it.
 *
 * @param role user, assistant, staff or notification
 * @param guardrailDecision allow, redact, block, escalate, regenerate; null where none ran
 * @param guardrailRules the rules that fired, in order
 * @param guardrailReason the decisive rule's sentence; null where none gave one
 */
public record TranscriptLine(int seq, String role, String text, Instant at,
    String guardrailDecision, List<String> guardrailRules, String guardrailReason) {

  public boolean fromCustomer() {
    return "user".equals(role);
  }
}
