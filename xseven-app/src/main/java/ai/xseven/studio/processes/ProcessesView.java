package ai.xseven.studio.processes;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.process.DeployResult;
import ai.xseven.process.DiagramProblem;
import ai.xseven.process.ProcessStudio;
import ai.xseven.process.ProcessSummary;
import ai.xseven.process.ProcessVersion;
import ai.xseven.security.StudioSession;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every process key with its versions (for all businesses and per business): who deployed each
 * and when, how many conversations run on it and how many incidents are open (the selected
 * process lists them, each with a retry). From here an analyst opens the modeler, starts a new
 * diagram from a template, uploads BPMN XML, downloads or rolls back a version and compares two
 * versions.
 */
@Route("processes")
@PageTitle("Processes · X-Seven studio")
@Menu(order = 10, title = "Processes", icon = "vaadin:flow-tree")
@RolesAllowed({"ADMIN", "ANALYST"})
class ProcessesView extends VerticalLayout {

  static final DateTimeFormatter DEPLOYED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  private final ProcessStudio studio;
  private final StudioSession session;
  private final Grid<ProcessSummary> processes = new Grid<>();
  private final VersionsPanel versions;
  private final IncidentsPanel incidents;

  ProcessesView(ProcessStudio studio, StudioSession session, BusinessService businesses) {
    this.studio = studio;
    this.session = session;
    Map<UUID, String> names = businesses.list().stream()
        .collect(Collectors.toMap(BusinessProfile::id, BusinessProfile::name));
    this.versions = new VersionsPanel(studio, session, this::refresh,
        id -> names.getOrDefault(id, id.toString()));
    this.incidents = new IncidentsPanel(studio, this::refresh);
    setSizeFull();

    HorizontalLayout actions = new HorizontalLayout(newDiagram(), upload());
    actions.setAlignItems(Alignment.BASELINE);
    add(new H2("Processes"), actions, processGrid(), incidents, versions);
    refresh();
  }

  private Grid<ProcessSummary> processGrid() {
    processes.setId("processes-grid");
    processes.addColumn(ProcessSummary::key).setHeader("Key").setAutoWidth(true);
    processes.addColumn(ProcessSummary::name).setHeader("Name").setFlexGrow(1)
        .setWidth("22em");
    processes.addColumn(summary -> summary.latest().version()).setHeader("Latest version")
        .setAutoWidth(true);
    processes.addColumn(summary -> summary.versions().stream()
            .map(version -> String.valueOf(version.version())).collect(Collectors.joining(", ")))
        .setHeader("Versions").setAutoWidth(true);
    processes.addColumn(ProcessSummary::runningInstances).setHeader("Running").setAutoWidth(true);
    processes.addColumn(ProcessSummary::openIncidents).setHeader("Open incidents")
        .setAutoWidth(true);
    processes.addComponentColumn(this::openButton).setHeader("").setAutoWidth(true);
    processes.setAllRowsVisible(true);
    processes.asSingleSelect().addValueChangeListener(event -> {
      versions.show(event.getValue());
      incidents.show(event.getValue());
    });
    return processes;
  }

  private Component openButton(ProcessSummary summary) {
    Button open = new Button("Open in modeler", click -> getUI().ifPresent(ui ->
        ui.navigate(ModelerView.class, new RouteParameters("key", summary.key()))));
    open.setId("open-" + summary.key());
    open.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return open;
  }

  private Component newDiagram() {
    Select<String> template = new Select<>();
    template.setId("diagram-template");
    template.setLabel("Template");
    template.setItems(studio.diagramTemplates());
    template.setValue(studio.diagramTemplates().contains("conversation") ? "conversation"
        : studio.diagramTemplates().get(0));
    Button create = new Button("New diagram", click -> getUI().ifPresent(ui ->
        ui.navigate("processes/new", com.vaadin.flow.router.QueryParameters.of(
            "template", template.getValue()))));
    create.setId("new-diagram");
    HorizontalLayout row = new HorizontalLayout(template, create);
    row.setAlignItems(Alignment.BASELINE);
    return row;
  }

  private Component upload() {
    MemoryBuffer buffer = new MemoryBuffer();
    Upload upload = new Upload(buffer);
    upload.setId("upload-bpmn");
    upload.setAcceptedFileTypes(".bpmn", ".xml", "application/xml", "text/xml");
    upload.setMaxFileSize(2 * 1024 * 1024);
    upload.setDropLabel(new Span("Upload BPMN XML to deploy it"));
    upload.addSucceededListener(event -> {
      String xml;
      try (InputStream in = buffer.getInputStream()) {
        xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        notify("The file could not be read: " + e.getMessage(), NotificationVariant.LUMO_ERROR);
        return;
      }
      deployUploaded(event.getFileName(), xml);
      upload.clearFileList();
    });
    upload.addFileRejectedListener(event ->
        notify(event.getErrorMessage(), NotificationVariant.LUMO_ERROR));
    return upload;
  }

  private void deployUploaded(String fileName, String xml) {
    DeployResult result = studio.deploy(xml, session.require().username());
    if (result.isDeployed()) {
      notify("Deployed " + fileName + " as " + result.deployed().key() + " version "
          + result.deployed().version() + ".", NotificationVariant.LUMO_SUCCESS);
      refresh();
      return;
    }
    notify(fileName + " was not deployed. " + result.problems().stream()
            .map(DiagramProblem::describe).collect(Collectors.joining(" ")),
        NotificationVariant.LUMO_ERROR);
  }

  private void refresh() {
    ProcessSummary selected = processes.asSingleSelect().getValue();
    List<ProcessSummary> all = studio.processes();
    processes.setItems(all);
    if (selected != null) {
      all.stream().filter(summary -> summary.key().equals(selected.key())).findFirst()
          .ifPresent(processes::select);
    }
  }

  static Anchor download(ProcessStudio studio, ProcessVersion version) {
    String fileName = version.key() + "-v" + version.version() + ".bpmn";
    StreamResource resource = new StreamResource(fileName, () -> new ByteArrayInputStream(
        studio.xml(version.definitionId()).getBytes(StandardCharsets.UTF_8)));
    resource.setContentType("application/xml");
    Anchor anchor = new Anchor(resource, "Download XML");
    anchor.getElement().setAttribute("download", true);
    anchor.setId("download-" + version.key() + "-" + version.version());
    return anchor;
  }

  static void notify(String text, NotificationVariant variant) {
    Notification notification = Notification.show(text, 8000, Notification.Position.BOTTOM_START);
    notification.addThemeVariants(variant);
  }
}
