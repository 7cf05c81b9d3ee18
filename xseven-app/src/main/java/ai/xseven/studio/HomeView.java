package ai.xseven.studio;

import ai.xseven.security.StudioAccount;
import ai.xseven.security.StudioRole;
import ai.xseven.security.StudioSession;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("")
@PageTitle("Home · X-Seven studio")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout {

  HomeView(StudioSession session) {
    StudioAccount user = session.require();
    add(new H2("Welcome, " + user.username()));
    add(new Paragraph(user.role() == StudioRole.OWNER
        ? "Here you follow your business's conversations, bookings and orders, change its "
            + "settings and try the chat as your customers see it."
        : "Model how the businesses talk (processes) and decide (rules), follow live "
            + "conversations and take one over, and try any business in the playground."));
  }
}
