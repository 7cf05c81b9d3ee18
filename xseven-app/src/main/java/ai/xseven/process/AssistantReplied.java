package ai.xseven.process;

import java.util.List;

/**
 * A reply passed the output guardrails and goes to the customer.
 *
 * @param taskId the service task that wrote it
 * @param guardrail what the output guardrails decided (ALLOW, or how the text was changed) and
 *     which rules fired
 */
public record AssistantReplied(String conversationId, String taskId, String text,
    GuardrailNote guardrail) {

  /**
   * The guardrail decision that let a reply through, for the transcript; {@code reason} is the
   * decisive rule's sentence, null when none gave one.
   */
  public record GuardrailNote(String decision, List<String> rules, String reason) {

    public GuardrailNote {
      rules = List.copyOf(rules);
    }

    public GuardrailNote(String decision, List<String> rules) {
      this(decision, rules, null);
    }
  }
}
