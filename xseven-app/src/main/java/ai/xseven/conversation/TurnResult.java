package ai.xseven.conversation;

import java.util.List;

/**
 * The answer to one customer message. {@code guardrail} holds the turn's input and output
 * decisions (allow, redact, block, regenerate, escalate; null where no guardrail ran); which rules
 * fired is for the studio only. {@code intent} is what the message was understood as.
 * {@code quickReplies} are answers a chat may offer as buttons (empty when the turn expects free
 * text); {@code card}, when not null, is the summary the customer is asked to confirm.
 */
public record TurnResult(
    List<MessageView> messages, String stage, String intent, Guardrail guardrail,
    List<String> workflowIds, List<String> quickReplies, Card card) {

  public record Guardrail(String input, String output) {}

  /** A summary with two answers: {@code confirm} and {@code change} are what a tap sends. */
  public record Card(String kind, String text, String confirm, String change) {}

  /** While a booking waits for its yes or no, the widget offers both as buttons and a card. */
  static TurnResult of(List<MessageView> messages, String stage, String intent,
      Guardrail guardrail, List<String> workflowIds) {
    if (!"confirming".equals(stage)) {
      return new TurnResult(messages, stage, intent, guardrail, workflowIds, List.of(), null);
    }
    String summary = messages.isEmpty() ? null : messages.get(messages.size() - 1).text();
    return new TurnResult(messages, stage, intent, guardrail, workflowIds, List.of("Yes", "No"),
        summary == null ? null : new Card("booking-summary", summary, "Yes", "No"));
  }
}
