package ai.xseven.studio.processes;

import ai.xseven.process.DeployResult;
import ai.xseven.process.DiagramChange;
import ai.xseven.process.DiagramProblem;
import ai.xseven.process.ProcessStudio;
import ai.xseven.process.ProcessSummary;
import ai.xseven.process.ProcessVersion;
import ai.xseven.security.StudioSession;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The versions of the process selected in the list, for all businesses and per business:
 * download, roll back, compare.
 */
class VersionsPanel extends VerticalLayout {

  private final ProcessStudio studio;
  private final StudioSession session;
  private final Runnable changed;
  private final H3 title = new H3();
  private final Grid<ProcessVersion> grid = new Grid<>();
  private final Select<ProcessVersion> from = new Select<>();
  private final Select<ProcessVersion> to = new Select<>();

  /** @param businessName the name of the business a version was deployed for */
  VersionsPanel(ProcessStudio studio, StudioSession session, Runnable changed,
      Function<UUID, String> businessName) {
    this.studio = studio;
    this.session = session;
    this.changed = changed;
    setId("process-versions");
    setPadding(false);
    setVisible(false);

    grid.setId("versions-grid");
    grid.addColumn(ProcessVersion::version).setHeader("Version").setAutoWidth(true);
    grid.addColumn(version -> version.businessId() == null ? "All businesses"
        : businessName.apply(version.businessId())).setHeader("For").setAutoWidth(true);
    grid.addColumn(version -> ProcessesView.DEPLOYED_AT.format(version.deployedAt()))
        .setHeader("Deployed at").setAutoWidth(true);
    grid.addColumn(ProcessVersion::deployedBy).setHeader("By").setAutoWidth(true);
    grid.addColumn(version -> version.note() == null ? "" : version.note()).setHeader("Note")
        .setFlexGrow(1);
    grid.addColumn(ProcessVersion::runningInstances).setHeader("Running").setAutoWidth(true);
    grid.addColumn(ProcessVersion::openIncidents).setHeader("Open incidents").setAutoWidth(true);
    grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
    grid.setAllRowsVisible(true);

    from.setId("compare-from");
    from.setLabel("Compare version");
    to.setId("compare-to");
    to.setLabel("with version");
    from.setItemLabelGenerator(version -> label(version, businessName));
    to.setItemLabelGenerator(version -> label(version, businessName));
    Button compare = new Button("Compare", click -> compare());
    compare.setId("compare-versions");
    HorizontalLayout comparison = new HorizontalLayout(from, to, compare);
    comparison.setAlignItems(Alignment.BASELINE);
    add(title, grid, comparison);
  }

  private static String label(ProcessVersion version, Function<UUID, String> businessName) {
    return "v" + version.version() + (version.businessId() == null ? ""
        : " (" + businessName.apply(version.businessId()) + ")");
  }

  void show(ProcessSummary summary) {
    setVisible(summary != null);
    if (summary == null) {
      return;
    }
    title.setText("Versions of " + summary.key());
    grid.setItems(summary.versions());
    from.setItems(summary.versions());
    to.setItems(summary.versions());
    List<ProcessVersion> versions = summary.versions();
    to.setValue(versions.get(0));
    from.setValue(versions.size() > 1 ? versions.get(1) : versions.get(0));
  }

  private Component actions(ProcessVersion version) {
    HorizontalLayout actions = new HorizontalLayout(ProcessesView.download(studio, version));
    actions.setAlignItems(Alignment.BASELINE);
    Button rollBack = new Button("Roll back to this", click -> rollBack(version));
    rollBack.setId("roll-back-" + version.key() + "-" + version.version());
    rollBack.addThemeVariants(ButtonVariant.LUMO_SMALL);
    actions.add(rollBack);
    return actions;
  }

  private void rollBack(ProcessVersion version) {
    DeployResult result = studio.rollBack(version.definitionId(), session.require().username());
    if (result.isDeployed()) {
      ProcessesView.notify("Version " + version.version() + " is live again as version "
          + result.deployed().version() + ".", NotificationVariant.LUMO_SUCCESS);
      changed.run();
    } else {
      ProcessesView.notify("Version " + version.version() + " cannot run any more: "
          + result.problems().stream().map(DiagramProblem::describe)
              .collect(Collectors.joining(" ")), NotificationVariant.LUMO_ERROR);
    }
  }

  private void compare() {
    if (from.getValue() == null || to.getValue() == null) {
      ProcessesView.notify("Choose two versions to compare.", NotificationVariant.LUMO_CONTRAST);
      return;
    }
    List<DiagramChange> changes =
        studio.compare(from.getValue().definitionId(), to.getValue().definitionId());
    Dialog dialog = new Dialog();
    dialog.setId("version-diff");
    dialog.setHeaderTitle("From version " + from.getValue().version() + " to version "
        + to.getValue().version());
    dialog.setWidth("900px");
    if (changes.isEmpty()) {
      dialog.add(new Paragraph("The two versions have the same elements and properties."));
    } else {
      Grid<DiagramChange> diff = new Grid<>();
      diff.setId("version-diff-grid");
      diff.addColumn(change -> change.kind().name().toLowerCase()).setHeader("Change")
          .setAutoWidth(true);
      diff.addColumn(DiagramChange::elementId).setHeader("Element").setAutoWidth(true);
      diff.addColumn(change -> change.name() == null ? "" : change.name()).setHeader("Name")
          .setFlexGrow(1);
      diff.addColumn(DiagramChange::type).setHeader("Type").setAutoWidth(true);
      diff.addColumn(DiagramChange::detail).setHeader("What differs").setAutoWidth(true);
      diff.setItems(changes);
      diff.setAllRowsVisible(true);
      dialog.add(diff);
    }
    Button close = new Button("Close", click -> dialog.close());
    close.setId("close-version-diff");
    dialog.getFooter().add(close);
    dialog.open();
  }
}
