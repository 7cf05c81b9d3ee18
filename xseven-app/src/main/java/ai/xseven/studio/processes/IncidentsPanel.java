package ai.xseven.studio.processes;

import ai.xseven.process.ProcessIncident;
import ai.xseven.process.ProcessStudio;
import ai.xseven.process.ProcessSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The open incidents of the process selected in the list: which task failed in which
 * conversation, with the plugin's sentence, and a Retry that gives the failed job one more
 * attempt (after the cause is fixed: a secret stored, a service back up).
 */
class IncidentsPanel extends VerticalLayout {

  private final ProcessStudio studio;
  private final Runnable changed;
  private final H3 title = new H3();
  private final Grid<ProcessIncident> grid = new Grid<>();
  private ProcessSummary shown;

  IncidentsPanel(ProcessStudio studio, Runnable changed) {
    this.studio = studio;
    this.changed = changed;
    setId("process-incidents");
    setPadding(false);
    setVisible(false);
    grid.setId("incidents-grid");
    grid.addColumn(incident -> ProcessesView.DEPLOYED_AT.format(incident.since()))
        .setHeader("Since").setAutoWidth(true);
    grid.addColumn(ProcessIncident::elementId).setHeader("Task").setAutoWidth(true);
    grid.addColumn(incident -> incident.conversationId() == null ? ""
        : incident.conversationId()).setHeader("Conversation").setAutoWidth(true);
    grid.addColumn(ProcessIncident::message).setHeader("What failed").setFlexGrow(1);
    grid.addComponentColumn(this::retryButton).setHeader("").setAutoWidth(true);
    grid.setAllRowsVisible(true);
    add(title, grid);
  }

  void show(ProcessSummary summary) {
    shown = summary;
    List<ProcessIncident> open = summary == null ? List.of() : studio.incidents(summary.key());
    setVisible(!open.isEmpty());
    if (summary != null) {
      title.setText("Open incidents of " + summary.key());
    }
    grid.setItems(open);
  }

  private Component retryButton(ProcessIncident incident) {
    Button retry = new Button("Retry", click -> {
      if (studio.retry(incident.id())) {
        ProcessesView.notify("Task " + incident.elementId() + " will run again in a moment.",
            NotificationVariant.LUMO_SUCCESS);
      } else {
        ProcessesView.notify("This incident is closed already.",
            NotificationVariant.LUMO_CONTRAST);
      }
      changed.run();
      show(shown);
    });
    retry.setId("retry-" + incident.id());
    retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
    retry.setEnabled(incident.jobId() != null);
    return retry;
  }
}
