package ai.xseven.studio.businesses;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Inline error text under a form, and a short confirmation once a change is saved. */
final class Feedback {

  private Feedback() {}

  static Paragraph errorLine(String id) {
    Paragraph error = new Paragraph();
    error.setId(id);
    error.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");
    return error;
  }

  static void saved(String text) {
    Notification note = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
    note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }
}
