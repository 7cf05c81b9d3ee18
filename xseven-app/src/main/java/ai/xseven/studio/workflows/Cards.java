package ai.xseven.studio.workflows;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The look shared by booking and order cards. */
final class Cards {

  private Cards() {}

  static void style(Div card) {
    card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("margin-bottom", "var(--lumo-space-s)");
  }

  static Span title(String text) {
    Span title = new Span(text);
    title.getStyle().set("font-weight", "600");
    return title;
  }

  static Span badge(String status) {
    Span badge = new Span(status);
    // Styled here: Lumo's badge theme is not in the studio's bundle.
    badge.getStyle().set("margin-left", "var(--lumo-space-s)")
        .set("padding", "0 var(--lumo-space-s)")
        .set("border-radius", "var(--lumo-border-radius-s)")
        .set("font-size", "var(--lumo-font-size-s)")
        .set("background", "var(--lumo-contrast-10pct)");
    return badge;
  }
}
