package ai.xseven.studio;

import ai.xseven.security.StudioAccount;
import ai.xseven.security.StudioSession;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every studio view: the navigation is built from the views' {@code @Menu}
 * entries that the signed-in user may open, so a feature adds itself without touching this class.
 */
@Layout
@PermitAll
class StudioLayout extends AppLayout {

  StudioLayout(StudioSession session, AuthenticationContext authentication) {
    Span title = new Span("X-Seven studio");
    title.addClassName("studio-title");
    title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

    StudioAccount user = session.require();
    Span who = new Span(user.username() + " · " + user.role().name().toLowerCase());
    who.setId("signed-in-user");
    Button signOut = new Button("Sign out", click -> authentication.logout());
    signOut.setId("sign-out");
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

    HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, signOut);
    header.setWidthFull();
    header.setAlignItems(Alignment.CENTER);
    header.expand(who);
    header.getStyle().set("padding-right", "var(--lumo-space-m)");
    who.getStyle().set("text-align", "right").set("color", "var(--lumo-secondary-text-color)");
    addToNavbar(header);
    addToDrawer(navigation());
    setPrimarySection(Section.DRAWER);
  }

  private static SideNav navigation() {
    SideNav nav = new SideNav();
    nav.setId("studio-navigation");
    for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
      SideNavItem item = new SideNavItem(entry.title(), entry.path());
      if (entry.icon() != null) {
        item.setPrefixComponent(new Icon(entry.icon()));
      }
      nav.addItem(item);
    }
    return nav;
  }
}
