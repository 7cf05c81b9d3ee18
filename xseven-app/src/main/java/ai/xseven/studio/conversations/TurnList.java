package ai.xseven.studio.conversations;

import ai.xseven.conversation.TranscriptLine;
import ai.xseven.observability.LlmCall;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The transcript, turn by turn, with each line's guardrail decision and each turn's LLM calls. */
class TurnList extends Div {

  TurnList() {
    setId("transcript");
    setWidthFull();
  }

  void show(Turns turns) {
    removeAll();
    if (turns.turns().isEmpty()) {
      add(new Span("No messages yet."));
    }
    turns.turns().forEach(turn -> add(turn(turn)));
  }

  private static Div turn(Turns.Turn turn) {
    Div box = new Div();
    box.addClassName("turn");
    box.getStyle().set("border-left", "3px solid var(--lumo-contrast-20pct)")
        .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
        .set("margin-bottom", "var(--lumo-space-m)");
    Span title = new Span(turn.number() == 0 ? "Greeting" : "Turn " + turn.number());
    title.getStyle().set("font-size", "var(--lumo-font-size-xs)")
        .set("color", "var(--lumo-secondary-text-color)").set("text-transform", "uppercase");
    box.add(title);
    turn.lines().forEach(line -> box.add(line(line)));
    if (!turn.llmCalls().isEmpty()) {
      Div calls = new Div();
      calls.addClassName("llm-calls");
      turn.llmCalls().forEach(call -> calls.add(call(call)));
      box.add(calls);
    }
    return box;
  }

  private static Div line(TranscriptLine line) {
    Div row = new Div();
    row.addClassNames("line", "role-" + line.role());
    Span who = new Span(label(line.role()));
    who.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-s)");
    Span at = new Span(Cents.time(line.at()));
    at.getStyle().set("color", "var(--lumo-secondary-text-color)")
        .set("font-size", "var(--lumo-font-size-xs)").set("margin-right", "var(--lumo-space-s)");
    Span text = new Span(line.text());
    text.addClassName("text");
    text.getStyle().set("white-space", "pre-wrap");
    row.add(who, at, text);
    if (line.guardrailDecision() != null) {
      row.add(guardrail(line));
    }
    row.getStyle().set("padding", "var(--lumo-space-xs) 0");
    return row;
  }

  private static Div guardrail(TranscriptLine line) {
    String side = line.fromCustomer() ? "Input guardrail" : "Output guardrail";
    String rules = line.guardrailRules().isEmpty()
        ? "no rule fired" : "rules: " + String.join("; ", line.guardrailRules());
    String reason = line.guardrailReason() == null || "allow".equals(line.guardrailDecision())
        ? "" : " — reason: " + line.guardrailReason();
    Div note = new Div(new Span(side + ": " + line.guardrailDecision() + reason + " — " + rules));
    note.addClassNames("guardrail", "decision-" + line.guardrailDecision());
    boolean allowed = "allow".equals(line.guardrailDecision());
    note.getStyle().set("font-size", "var(--lumo-font-size-xs)")
        .set("margin-left", "var(--lumo-space-l)")
        .set("color", allowed ? "var(--lumo-secondary-text-color)" : "var(--lumo-error-text-color)");
    return note;
  }

  private static Div call(LlmCall call) {
    String fallback = call.fallbackFrom() == null ? "" : ", fell over from " + call.fallbackFrom();
    String error = call.error() == null ? "" : " — " + call.error();
    Div row = new Div(new Span("LLM " + call.model() + " (" + call.tier() + " tier, "
        + call.provider() + ") · " + call.promptTokens() + " tokens in / "
        + call.completionTokens() + " out · " + Cents.dollars(call.costCents()) + " · "
        + call.latencyMs() + " ms · " + call.outcome().value() + fallback
        + (call.elementId() == null ? "" : " · " + call.elementId()) + error));
    row.addClassName("llm-call");
    row.getStyle().set("font-size", "var(--lumo-font-size-xs)")
        .set("font-family", "var(--lumo-font-family-monospace, monospace)")
        .set("margin-left", "var(--lumo-space-l)");
    return row;
  }

  private static String label(String role) {
    return switch (role) {
      case "user" -> "Customer";
      case "assistant" -> "Assistant";
      case "staff" -> "Staff";
      case "notification" -> "Notification";
      default -> role;
    };
  }
}
