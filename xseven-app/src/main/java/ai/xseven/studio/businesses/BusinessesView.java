package ai.xseven.studio.businesses;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.security.StudioSession;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/**
 * Every business, for admins and analysts; an owner has one business and is taken straight to
 * its settings.
 */
@Route("businesses")
@PageTitle("Businesses · X-Seven studio")
@Menu(order = 50, title = "Businesses", icon = "vaadin:shop")
@PermitAll
class BusinessesView extends VerticalLayout implements BeforeEnterObserver {

  private final StudioSession session;

  BusinessesView(StudioSession session, BusinessService businesses) {
    this.session = session;
    Grid<BusinessProfile> grid = new Grid<>(BusinessProfile.class, false);
    grid.setId("businesses");
    grid.addColumn(BusinessProfile::name).setHeader("Name").setAutoWidth(true);
    grid.addColumn(profile -> profile.kind().name().toLowerCase()).setHeader("Kind");
    grid.addColumn(BusinessProfile::area).setHeader("Area");
    grid.addColumn(BusinessProfile::capacity).setHeader("Capacity");
    grid.addColumn(profile -> profile.zone().getId()).setHeader("Time zone");
    grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
        BusinessSettingsView.class, new RouteParameters("id", click.getItem().id().toString()))));
    if (session.ownBusiness().isEmpty()) {
      grid.setItems(businesses.list());
    }
    add(new H2("Businesses"), grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    session.ownBusiness().ifPresent(own -> event.forwardTo(BusinessSettingsView.class,
        new RouteParameters("id", own.toString())));
  }
}
