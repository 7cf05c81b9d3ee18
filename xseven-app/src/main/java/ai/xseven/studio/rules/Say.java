package ai.xseven.studio.rules;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.web.ErrorResponseException;

/** Sentences for the analyst: what went well, and what went wrong in words, never a trace. */
final class Say {

  private Say() {}

  static void done(String sentence) {
    Notification notification =
        Notification.show(sentence, 4000, Notification.Position.BOTTOM_START);
    notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }

  static void problem(String sentence) {
    Notification notification =
        Notification.show(sentence, 8000, Notification.Position.BOTTOM_START);
    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    notification.setId("rules-error");
  }

  /** A refusal from the rules feature (not found, concurrent change, ...) in its own words. */
  static void refused(ErrorResponseException refusal) {
    problem(refusal.getBody().getDetail());
  }
}
