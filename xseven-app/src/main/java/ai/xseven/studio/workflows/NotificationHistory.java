package ai.xseven.studio.workflows;

import ai.xseven.workflow.NotificationRecord;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;

/** The notifications a workflow sent, oldest first, folded away until asked for. */
final class NotificationHistory {

  private NotificationHistory() {}

  static Details of(List<NotificationRecord> history, ZoneId zone) {
    UnorderedList list = new UnorderedList();
    for (NotificationRecord sent : history) {
      list.add(new ListItem(WorkflowTimes.at(sent.atEpochMillis(), zone) + " · to "
          + sent.audience() + " · " + sent.key() + ": " + sent.text()));
    }
    if (history.isEmpty()) {
      list.add(new ListItem("Nothing sent yet."));
    }
    Details details = new Details("Notifications sent (" + history.size() + ")", list);
    details.addClassName("notification-history");
    return details;
  }
}
