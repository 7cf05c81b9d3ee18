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
    badge.getElement().getThemeList().add("badge");
    badge.getStyle().set("margin-left", "var(--lumo-space-s)");
    return badge;
  }
}
