package ai.xseven.studio.processes;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.process.DeployResult;
import ai.xseven.process.DiagramProblem;
import ai.xseven.process.ProcessStudio;
import ai.xseven.process.ProcessVersion;
import ai.xseven.security.StudioSession;
import ai.xseven.studio.businesses.BusinessChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Edits a process: {@code processes/<key>/edit} opens its latest version for all businesses
 * ({@code ?business=<id>}: that business's latest, when it has one),
 * {@code processes/new?template=<name>} a shipped template. "Deploy for" chooses all businesses
 * or one (an owner only their own); validate and deploy run on the server for that choice, and
 * the problems show on their elements in the canvas and in the list beside it.
 */
@Route("processes/:key/edit")
@RouteAlias("processes/new")
@PageTitle("Modeler · X-Seven studio")
@RolesAllowed({"ADMIN", "ANALYST"})
class ModelerView extends VerticalLayout implements BeforeEnterObserver {

  private final ProcessStudio studio;
  private final StudioSession session;
  private final BpmnModeler modeler;
  private final ProblemList problems = new ProblemList();
  private final H2 title = new H2();
  private final Span version = new Span();
  private final Select<Optional<BusinessProfile>> target = new Select<>();

  ModelerView(ProcessStudio studio, StudioSession session, BusinessService businesses) {
    this.studio = studio;
    this.session = session;
    List<BusinessProfile> visible = BusinessChoice.visible(session, businesses);
    boolean owner = session.ownBusiness().isPresent();
    target.setId("deploy-target");
    target.setLabel("Deploy for");
    target.setItemLabelGenerator(choice -> choice.map(BusinessProfile::name)
        .orElse("All businesses"));
    target.setItems(Stream.concat(owner ? Stream.empty() : Stream.of(
        Optional.<BusinessProfile>empty()), visible.stream().map(Optional::of)).toList());
    target.setValue(owner && !visible.isEmpty() ? Optional.of(visible.get(0)) : Optional.empty());
    target.setWidth("16em");
    this.modeler = new BpmnModeler(studio.elementTemplatesJson());
    setSizeFull();
    setPadding(true);

    title.setId("modeler-title");
    title.getStyle().set("margin", "0");
    version.setId("modeler-version");
    version.getStyle().set("color", "var(--lumo-secondary-text-color)");
    Button validate = new Button("Validate", click -> validate());
    validate.setId("validate-diagram");
    Button deploy = new Button("Deploy", click -> deploy());
    deploy.setId("deploy-diagram");
    deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button back = new Button("Back to processes",
        click -> getUI().ifPresent(ui -> ui.navigate(ProcessesView.class)));
    back.setId("back-to-processes");
    back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout header =
        new HorizontalLayout(title, version, target, validate, deploy, back);
    header.setWidthFull();
    header.setAlignItems(Alignment.BASELINE);
    header.expand(version);

    problems.onSelect(modeler::select);
    modeler.setSizeFull();
    HorizontalLayout body = new HorizontalLayout(modeler, problems);
    body.setSizeFull();
    body.expand(modeler);
    add(header, body);
    expand(body);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var key = event.getRouteParameters().get("key");
    Optional<UUID> business = event.getLocation().getQueryParameters()
        .getSingleParameter("business").flatMap(ModelerView::uuid);
    business.flatMap(id -> target.getListDataView().getItems()
            .filter(choice -> choice.map(BusinessProfile::id).filter(id::equals).isPresent())
            .findFirst())
        .ifPresent(target::setValue);
    if (key.isPresent()) {
      ProcessVersion latest = business.flatMap(id -> studio.latest(key.get(), id))
          .or(() -> studio.latest(key.get())).orElse(null);
      if (latest == null) {
        title.setText(key.get());
        version.setText("No process with this key is deployed.");
        return;
      }
      title.setText(latest.name());
      version.setText(live(latest));
      modeler.show(studio.xml(latest.definitionId()));
      return;
    }
    String template = event.getLocation().getQueryParameters()
        .getSingleParameter("template").orElse("blank");
    String xml = studio.diagramTemplate(template).orElse(null);
    if (xml == null) {
      title.setText("New diagram");
      version.setText("There is no template '" + template + "'; starting from a blank one.");
      xml = studio.diagramTemplate("blank").orElseThrow();
    } else {
      title.setText("New diagram");
      version.setText("from the template " + template + " · not deployed yet");
    }
    modeler.show(xml);
  }

  private void validate() {
    modeler.withXml(xml -> {
      List<DiagramProblem> found = studio.validate(xml, targetBusiness());
      showProblems(found);
      if (found.isEmpty()) {
        notify("The diagram can be deployed.", NotificationVariant.LUMO_SUCCESS);
      }
    }, this::exportFailed);
  }

  private void deploy() {
    String user = session.require().username();
    modeler.withXml(xml -> {
      DeployResult result = studio.deploy(xml, user, targetBusiness());
      showProblems(result.problems());
      if (result.isDeployed()) {
        ProcessVersion deployed = result.deployed();
        title.setText(deployed.name());
        version.setText(live(deployed));
        notify("Deployed " + deployed.key() + " as version " + deployed.version() + " for "
            + target.getValue().map(BusinessProfile::name).orElse("all businesses")
            + ". New conversations run it; running ones keep their version.",
            NotificationVariant.LUMO_SUCCESS);
      } else {
        notify("Not deployed: the diagram has " + result.problems().size()
            + (result.problems().size() == 1 ? " problem" : " problems")
            + ". The previous version keeps running.", NotificationVariant.LUMO_ERROR);
      }
    }, this::exportFailed);
  }

  private UUID targetBusiness() {
    return target.getValue() == null ? null
        : target.getValue().map(BusinessProfile::id).orElse(null);
  }

  private String live(ProcessVersion deployed) {
    String forWhom = deployed.businessId() == null ? "all businesses"
        : target.getListDataView().getItems().flatMap(Optional::stream)
            .filter(business -> business.id().equals(deployed.businessId()))
            .map(BusinessProfile::name).findFirst().orElse(deployed.businessId().toString());
    return deployed.key() + " · version " + deployed.version() + " is live for " + forWhom;
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  private void showProblems(List<DiagramProblem> found) {
    problems.show(found);
    modeler.showProblems(found);
  }

  private void exportFailed(String reason) {
    notify("The modeler could not hand over the diagram: " + reason,
        NotificationVariant.LUMO_ERROR);
  }

  private static void notify(String text, NotificationVariant variant) {
    Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
    notification.addThemeVariants(variant);
  }
}
