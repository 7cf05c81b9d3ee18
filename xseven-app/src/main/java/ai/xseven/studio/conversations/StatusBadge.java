package ai.xseven.studio.conversations;

import ai.xseven.conversation.ConversationSummary;
import com.vaadin.flow.component.html.Span;

/** A conversation's status as a coloured label: open, taken over (by whom) or closed. */
final class StatusBadge {

  private StatusBadge() {}

  static Span of(ConversationSummary conversation) {
    String text;
    String color;
    if (conversation.takenOver()) {
      text = conversation.takenOverBy() == null
          ? "with staff" : "taken over by " + conversation.takenOverBy();
      color = "var(--lumo-warning-text-color, #8a5a00)";
    } else if (conversation.closed()) {
      text = "closed";
      color = "var(--lumo-secondary-text-color)";
    } else {
      text = "open";
      color = "var(--lumo-success-color)";
    }
    Span badge = new Span(text);
    badge.addClassName("conversation-status");
    badge.getStyle().set("color", color).set("font-weight", "600")
        .set("font-size", "var(--lumo-font-size-s)");
    return badge;
  }
}
