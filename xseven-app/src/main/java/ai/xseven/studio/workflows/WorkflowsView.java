package ai.xseven.studio.workflows;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.Order;
import ai.xseven.frontdesk.FrontDesk;
import ai.xseven.security.StudioSession;
import ai.xseven.studio.businesses.BusinessChoice;
import ai.xseven.workflow.AppointmentScheduler;
import ai.xseven.workflow.OrderAction;
import ai.xseven.workflow.OrderWorkflows;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * A business's bookings and orders with what their durable workflows are doing (stage, next
 * reminder, check-in window, notifications sent), and the owner's actions on them. Every action
 * goes through the front desk, so the workflow applies it or refuses it with a sentence.
 */
@Route("workflows")
@PageTitle("Workflows · X-Seven studio")
@Menu(order = 40, title = "Workflows", icon = "vaadin:calendar-clock")
@PermitAll
class WorkflowsView extends VerticalLayout {

  private final StudioSession session;
  private final FrontDesk desk;
  private final AppointmentScheduler appointments;
  private final OrderWorkflows orders;
  private final Select<BusinessProfile> business;
  private final Div bookingList = new Div();
  private final Div orderList = new Div();

  WorkflowsView(StudioSession session, BusinessService businesses, FrontDesk desk,
      AppointmentScheduler appointments, OrderWorkflows orders) {
    this.session = session;
    this.desk = desk;
    this.appointments = appointments;
    this.orders = orders;
    business = BusinessChoice.select("workflows-business", session, businesses);
    business.addValueChangeListener(change -> refresh());
    Button refresh = new Button("Refresh", click -> refresh());
    refresh.setId("workflows-refresh");
    HorizontalLayout bar = new HorizontalLayout(business, refresh);
    bar.setAlignItems(Alignment.BASELINE);
    bookingList.setId("workflow-bookings");
    orderList.setId("workflow-orders");
    bookingList.setWidthFull();
    orderList.setWidthFull();
    add(new H2("Workflows"), bar, new H3("Appointments"), bookingList, new H3("Open orders"),
        orderList);
    refresh();
  }

  private void refresh() {
    bookingList.removeAll();
    orderList.removeAll();
    BusinessProfile chosen = business.getValue();
    if (chosen == null) {
      bookingList.add(new Paragraph("There is no business to show."));
      return;
    }
    session.requireMaySee(chosen.id());
    List<BookingConfirmation> bookings = desk.activeBookings(chosen.id());
    bookings.forEach(booking -> bookingList.add(new BookingCard(booking,
        appointments.status(workflowId(booking)), bookingActions())));
    if (bookings.isEmpty()) {
      bookingList.add(new Paragraph("No upcoming bookings."));
    }
    List<Order> open = desk.openOrders(chosen.id());
    open.forEach(order -> orderList.add(new OrderCard(order,
        orders.status(order.workflowId() != null ? order.workflowId()
            : OrderWorkflows.workflowId(order.orderId())), orderActions())));
    if (open.isEmpty()) {
      orderList.add(new Paragraph("No open orders."));
    }
  }

  private static String workflowId(BookingConfirmation booking) {
    return booking.workflowId() != null ? booking.workflowId()
        : AppointmentScheduler.workflowId(booking.bookingId());
  }

  private String actor() {
    return BusinessChoice.actor(session);
  }

  private BookingCard.Actions bookingActions() {
    return new BookingCard.Actions() {
      @Override
      public void checkIn(BookingConfirmation booking) {
        WorkflowActions.run(() -> desk.checkIn(booking, actor()), WorkflowsView.this::refresh);
      }

      @Override
      public void move(BookingConfirmation booking) {
        DateTimePicker when = new DateTimePicker("New start (" + booking.zone() + ")");
        when.setId("move-start");
        when.setValue(LocalDateTime.ofInstant(booking.startsAt(), booking.zone()));
        confirm("Move " + booking.describe(), "Move", when, dialog -> {
          if (when.getValue() == null) {
            when.setInvalid(true);
            when.setErrorMessage("Choose the new day and time.");
            return;
          }
          dialog.close();
          WorkflowActions.run(() -> desk.rescheduleBooking(booking, when.getValue(), actor()),
              WorkflowsView.this::refresh);
        });
      }

      @Override
      public void cancel(BookingConfirmation booking) {
        TextField reason = new TextField("Reason (the customer reads it)");
        reason.setId("cancel-reason");
        reason.setWidthFull();
        Checkbox override = new Checkbox("Cancel even inside the cancellation window");
        override.setId("cancel-override");
        confirm("Cancel " + booking.describe(), "Cancel booking", new Div(reason, override),
            dialog -> {
              dialog.close();
              WorkflowActions.run(() -> desk.cancelBooking(booking, reason.getValue(),
                  override.getValue(), actor()), WorkflowsView.this::refresh);
            });
      }
    };
  }

  private OrderCard.Actions orderActions() {
    return new OrderCard.Actions() {
      @Override
      public void step(Order order, OrderAction action) {
        WorkflowActions.run(() -> desk.moveOrderOn(order, action, null, actor()),
            WorkflowsView.this::refresh);
      }

      @Override
      public void reject(Order order) {
        TextField reason = new TextField("Why (the customer reads it)");
        reason.setId("reject-reason");
        reason.setWidthFull();
        confirm("Reject the order of " + order.customerName(), "Reject order", reason,
            dialog -> {
              if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Tell the customer why, e.g. \"We are out of dough.\"");
                return;
              }
              dialog.close();
              WorkflowActions.run(() -> desk.moveOrderOn(order, OrderAction.REJECT,
                  reason.getValue().strip(), actor()), WorkflowsView.this::refresh);
            });
      }

      @Override
      public void cancel(Order order) {
        TextField reason = new TextField("Reason (the customer reads it)");
        reason.setId("cancel-order-reason");
        reason.setWidthFull();
        confirm("Cancel the order of " + order.customerName(), "Cancel order", reason,
            dialog -> {
              dialog.close();
              WorkflowActions.run(() -> desk.cancelOrder(order, reason.getValue(), actor()),
                  WorkflowsView.this::refresh);
            });
      }
    };
  }

  private static void confirm(String title, String action,
      com.vaadin.flow.component.Component body, Consumer<Dialog> onConfirm) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(title);
    dialog.setWidth("32em");
    dialog.add(body);
    Button go = new Button(action, click -> onConfirm.accept(dialog));
    go.setId("workflow-confirm");
    go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button back = new Button("Back", click -> dialog.close());
    dialog.getFooter().add(back, go);
    dialog.open();
  }
}
