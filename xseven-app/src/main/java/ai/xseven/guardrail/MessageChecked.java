package ai.xseven.guardrail;

import java.util.List;

/**
 * The input guardrails judged the customer's latest message.
 *
 * @param text the message as the process continues with it (masked when redacted)
 * @param decision ALLOW, REDACT, BLOCK or ESCALATE
 * @param rules the rules that fired, in order
 * @param reason the decisive rule's sentence; null when no rule gave one
 */
public record MessageChecked(String conversationId, String text, String decision,
    List<String> rules, String reason) {

  public MessageChecked {
    rules = List.copyOf(rules);
  }

  public MessageChecked(String conversationId, String text, String decision, List<String> rules) {
    this(conversationId, text, decision, rules, null);
  }
}
