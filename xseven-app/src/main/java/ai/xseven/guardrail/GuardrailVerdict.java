package ai.xseven.guardrail;

import ai.xseven.rules.Decision;
import java.util.List;

/**
 * What a guardrail decided about one message or reply.
 *
 * @param text the text to continue with: masked when personal data was redacted
 * @param reason the decisive rule's sentence: the customer hears it for a block, the model reads
 *     it as feedback for a regeneration, the owner sees it for an escalation
 * @param rules the rules that fired, in order
 */
public record GuardrailVerdict(Decision decision, String text, String reason, List<String> rules) {

  public GuardrailVerdict {
    rules = List.copyOf(rules);
  }
}
