package ai.xseven.studio.businesses;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.BusinessSettings;
import ai.xseven.knowledge.KnowledgeLibrary;
import ai.xseven.plugin.PluginPolicy;
import ai.xseven.security.StudioRole;
import ai.xseven.security.StudioSession;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * One business's settings: catalog, hours and capacity, workflows, knowledge, widget, plugin
 * allow-list. An owner may open only their own business; any other id is refused with a
 * sentence.
 */
@Route("businesses/:id")
@PermitAll
class BusinessSettingsView extends VerticalLayout implements BeforeEnterObserver,
    HasDynamicTitle {

  private final StudioSession session;
  private final BusinessService businesses;
  private final BusinessSettings settings;
  private final KnowledgeLibrary knowledge;
  private final PluginPolicy plugins;
  private String title = "Business · X-Seven studio";

  BusinessSettingsView(StudioSession session, BusinessService businesses,
      BusinessSettings settings, KnowledgeLibrary knowledge, PluginPolicy plugins) {
    this.session = session;
    this.plugins = plugins;
    this.businesses = businesses;
    this.settings = settings;
    this.knowledge = knowledge;
    setId("business-settings");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    Optional<UUID> id = event.getRouteParameters().get("id").flatMap(BusinessSettingsView::uuid);
    Optional<BusinessProfile> business = id.flatMap(businesses::find);
    try {
      // Refuse an owner before saying whether the id exists.
      id.ifPresent(session::requireMaySee);
    } catch (AccessDeniedException refused) {
      event.rerouteToError(refused, refused.getMessage());
      return;
    }
    if (business.isEmpty()) {
      add(new H2("No such business"),
          new Paragraph("There is no business with id " + event.getRouteParameters().get("id")
              .orElse("") + "."));
      return;
    }
    show(business.get());
  }

  private void show(BusinessProfile business) {
    title = business.name() + " · X-Seven studio";
    String actor = BusinessChoice.actor(session);
    TabSheet tabs = new TabSheet();
    tabs.setId("business-tabs");
    tabs.setWidthFull();
    tabs.add("Catalog", new CatalogTab(business, businesses, settings, actor));
    tabs.add("Hours & capacity", new HoursTab(business, businesses, settings, actor));
    tabs.add("Workflows", new WorkflowSettingsTab(business, businesses, settings, actor));
    tabs.add("Knowledge", new KnowledgeTab(business, knowledge));
    tabs.add("Widget", new WidgetTab(business, settings, actor));
    tabs.add("Plugins", new PluginsTab(business, plugins,
        session.require().role() != StudioRole.OWNER, actor));
    H2 heading = new H2(business.name());
    heading.setId("business-name");
    add(heading, tabs);
  }

  @Override
  public String getPageTitle() {
    return title;
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
