package ai.xseven.conversation;

import java.util.List;

/**
 * The answer to one customer message. {@code guardrail} stays empty until guardrail rules run
 * (they are their own feature); {@code intent} is what the message was understood as.
 */
public record TurnResult(
    List<MessageView> messages, String stage, String intent, Guardrail guardrail,
    List<String> workflowIds) {

  public record Guardrail(String input, String output) {}
}
