package ai.xseven.studio.workflows;

import ai.xseven.business.NotFoundException;
import ai.xseven.workflow.ChangeOutcome;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an owner action and says what came of it: what the workflow did, or its reason for
 * refusing, as the sentence the workflow wrote.
 */
final class WorkflowActions {

  private static final Logger log = LoggerFactory.getLogger(WorkflowActions.class);

  private WorkflowActions() {}

  /** @return whether the workflow applied the change */
  static boolean run(Supplier<ChangeOutcome> action, Runnable afterwards) {
    boolean applied = false;
    try {
      ChangeOutcome outcome = action.get();
      applied = outcome.applied();
      show(outcome.applied() ? outcome.message() : "Refused: " + outcome.message(),
          outcome.applied());
    } catch (NotFoundException | IllegalArgumentException gone) {
      show(gone.getMessage(), false);
    } catch (RuntimeException failed) {
      log.warn("A studio workflow action failed", failed);
      show("The workflow could not be reached; nothing was changed. Try again in a moment.",
          false);
    }
    afterwards.run();
    return applied;
  }

  static void show(String text, boolean good) {
    Notification note = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
    note.addThemeVariants(good ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    note.setId(good ? "workflow-applied" : "workflow-refused");
  }
}
