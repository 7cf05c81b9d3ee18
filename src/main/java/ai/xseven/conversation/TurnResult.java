package ai.xseven.conversation;

import java.util.List;

/**
 * The answer to one customer message. {@code guardrail} holds the turn's input and output
 * decisions (allow, redact, block, regenerate, escalate; null where no guardrail ran); which rules
 * fired is for the studio only. {@code intent} is what the message was understood as.
 */
public record TurnResult(
    List<MessageView> messages, String stage, String intent, Guardrail guardrail,
    List<String> workflowIds) {

  public record Guardrail(String input, String output) {}
}
