package ai.xseven.studio.conversations;

import ai.xseven.business.BusinessProfile;
import ai.xseven.conversation.ConversationSummary;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.UUID;

/**
 * The live list of conversations. It redraws when a conversation of the shown business changes
 * (committed changes, announced by the conversation feature), not on a timer.
 */
@Route("conversations")
@PageTitle("Conversations · X-Seven studio")
@Menu(order = 30, title = "Conversations", icon = "vaadin:chat")
@PermitAll
class ConversationsView extends VerticalLayout {

  private final VisibleConversations visible;
  private final ConversationFeed feed;
  private final Optional<UUID> fixedBusiness;
  private final ComboBox<BusinessProfile> business = new ComboBox<>("Business");
  private final Grid<ConversationRow> grid = new Grid<>();
  private Registration subscription;

  ConversationsView(VisibleConversations visible, ConversationFeed feed) {
    this.visible = visible;
    this.feed = feed;
    this.fixedBusiness = visible.fixedBusiness();
    setSizeFull();
    add(new H2("Conversations"), filter(), grid());
    refresh();
  }

  private ComboBox<BusinessProfile> filter() {
    business.setId("business-filter");
    business.setItems(visible.businesses());
    business.setItemLabelGenerator(BusinessProfile::name);
    business.setWidth("22rem");
    if (fixedBusiness.isPresent()) {
      visible.businesses().stream().findFirst().ifPresent(business::setValue);
      business.setReadOnly(true);
    } else {
      business.setPlaceholder("All businesses");
      business.setClearButtonVisible(true);
    }
    business.addValueChangeListener(change -> refresh());
    return business;
  }

  private Grid<ConversationRow> grid() {
    grid.setId("conversations");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.addColumn(row -> row.businessName()).setHeader("Business").setAutoWidth(true);
    grid.addColumn(row -> row.conversation().channel()).setHeader("Channel").setAutoWidth(true);
    grid.addComponentColumn(ConversationsView::status).setHeader("Status").setAutoWidth(true);
    grid.addColumn(row -> row.conversation().stage()).setHeader("Stage").setAutoWidth(true);
    grid.addColumn(row -> Cents.time(row.conversation().startedAt())).setHeader("Started")
        .setAutoWidth(true);
    grid.addColumn(row -> Cents.time(row.conversation().lastMessageAt()))
        .setHeader("Last message").setAutoWidth(true);
    grid.addColumn(row -> row.conversation().guardrailEvents()).setHeader("Guardrail events")
        .setAutoWidth(true);
    grid.addColumn(row -> Cents.dollars(row.costCents())).setHeader("Cost so far")
        .setAutoWidth(true);
    grid.addColumn(row -> row.conversation().id().toString().substring(0, 8)).setHeader("Id")
        .setAutoWidth(true);
    grid.setSizeFull();
    grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
        ConversationPage.class,
        new RouteParameters("id", click.getItem().conversation().id().toString()))));
    return grid;
  }

  private static Span status(ConversationRow row) {
    ConversationSummary conversation = row.conversation();
    return StatusBadge.of(conversation);
  }

  private void refresh() {
    grid.setItems(visible.rows(fixedBusiness,
        Optional.ofNullable(business.getValue()).map(BusinessProfile::id)));
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    subscription = feed.subscribe(attach.getUI(), change -> {
      Optional<UUID> shown =
          fixedBusiness.or(() -> Optional.ofNullable(business.getValue()).map(BusinessProfile::id));
      if (shown.isEmpty() || shown.get().equals(change.businessId())) {
        refresh();
      }
    });
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    subscription.remove();
  }
}
