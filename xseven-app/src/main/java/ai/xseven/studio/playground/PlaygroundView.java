package ai.xseven.studio.playground;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.security.OwnerTokens;
import ai.xseven.security.StudioSession;
import ai.xseven.studio.businesses.BusinessChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;

/**
 * Chat with a business inside the studio through the very widget customers get ({@code
 * /widget.js}), on any of its channels. The dashboard channel is the owner's: the studio issues a
 * short-lived owner token for the chosen business (only one the user may see), hands it to the
 * widget in this page and nowhere else; it expires after {@link #TOKEN_LIFETIME}.
 */
@Route("playground")
@PageTitle("Playground · X-Seven studio")
@Menu(order = 60, title = "Playground", icon = "vaadin:chat")
@PermitAll
class PlaygroundView extends VerticalLayout {

  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(30);

  /** Loads /widget.js once, then opens it inside the given element. */
  private static final String OPEN_WIDGET = """
      const container = $0;
      const open = () => window.XSeven.open($1, $2, {channel: $3, ownerToken: $4, container});
      if (window.XSeven) { open(); return; }
      const script = document.createElement('script');
      script.src = '/widget.js';
      script.onload = open;
      document.head.appendChild(script);
      """;

  private final StudioSession session;
  private final OwnerTokens tokens;
  private final Select<BusinessProfile> business;
  private final Select<String> channel = new Select<>();
  private final Div chat = new Div();

  PlaygroundView(StudioSession session, BusinessService businesses, OwnerTokens tokens) {
    this.session = session;
    this.tokens = tokens;
    business = BusinessChoice.select("playground-business", session, businesses);
    channel.setId("playground-channel");
    channel.setLabel("Channel");
    channel.setItems("dedicated", "dashboard", "global");
    channel.setValue("dedicated");
    channel.setItemLabelGenerator(name -> switch (name) {
      case "dashboard" -> "dashboard (the owner's chat)";
      case "global" -> "global (compares businesses)";
      default -> "dedicated (the customer's chat)";
    });
    Button open = new Button("Open chat", click -> open());
    open.setId("playground-open");
    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout bar = new HorizontalLayout(business, channel, open);
    bar.setAlignItems(Alignment.BASELINE);
    chat.setId("playground-chat");
    chat.setWidth("420px");
    chat.setHeight("560px");
    add(new H2("Playground"), new Paragraph("Talk to a business as its customers (dedicated), "
        + "its owner (dashboard) or someone comparing businesses (global) do, through the same "
        + "widget that customers embed."), bar, chat);
  }

  private void open() {
    BusinessProfile chosen = business.getValue();
    String name = channel.getValue();
    if (chosen == null && !"global".equals(name)) {
      return;
    }
    String token = null;
    if ("dashboard".equals(name)) {
      session.requireMaySee(chosen.id());
      token = tokens.issueTemporary(chosen.id(), BusinessChoice.actor(session), TOKEN_LIFETIME);
    }
    boolean global = "global".equals(name);
    chat.getElement().executeJs(OPEN_WIDGET, chat.getElement(),
        global ? null : chosen.id().toString(),
        global ? "X-Seven: compare businesses" : chosen.name() + (token == null ? "" : " · owner"),
        name, token);
  }
}
