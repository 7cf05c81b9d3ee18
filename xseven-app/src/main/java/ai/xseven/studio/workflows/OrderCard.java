package ai.xseven.studio.workflows;

import ai.xseven.business.Order;
import ai.xseven.workflow.OrderAction;
import ai.xseven.workflow.OrderStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One order with its workflow's status and the steps that fit its stage; the workflow still
 * decides, so a stale page gets the workflow's refusal, not a wrong change.
 */
class OrderCard extends Div {

  interface Actions {
    void step(Order order, OrderAction action);

    void reject(Order order);

    void cancel(Order order);
  }

  OrderCard(Order order, Optional<OrderStatus> status, Actions actions) {
    setId("order-" + order.orderId());
    addClassName("workflow-card");
    Cards.style(this);
    add(new Div(Cards.title(order.customerName() + " · " + order.describe()),
        Cards.badge(order.status().name())));
    add(new Div(new Span(status.map(s -> describe(s, order)).orElse(
        "No workflow status: the order has no workflow, or it has ended."))));
    status.ifPresent(s -> add(NotificationHistory.of(s.history(), order.zone())));

    HorizontalLayout buttons = new HorizontalLayout();
    for (OrderAction action : next(order.status())) {
      Button step = action == OrderAction.REJECT
          ? new Button("Reject…", click -> actions.reject(order))
          : new Button(label(action), click -> actions.step(order, action));
      step.setId(action.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
          + order.orderId());
      buttons.add(step);
    }
    if (order.status().isOpen()) {
      Button cancel = new Button("Cancel…", click -> actions.cancel(order));
      cancel.setId("cancel-order-" + order.orderId());
      cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
      buttons.add(cancel);
    }
    add(buttons);
  }

  /** The steps an order in this status can take next. */
  static List<OrderAction> next(Order.Status status) {
    return switch (status) {
      case PLACED -> List.of(OrderAction.ACCEPT, OrderAction.REJECT);
      case ACCEPTED -> List.of(OrderAction.START_PREPARING);
      case PREPARING -> List.of(OrderAction.MARK_READY);
      case READY -> List.of(OrderAction.PICKED_UP, OrderAction.DELIVERED);
      default -> List.of();
    };
  }

  private static String label(OrderAction action) {
    return switch (action) {
      case ACCEPT -> "Accept";
      case REJECT -> "Reject…";
      case START_PREPARING -> "Start preparing";
      case MARK_READY -> "Ready";
      case PICKED_UP -> "Picked up";
      case DELIVERED -> "Delivered";
    };
  }

  private static String describe(OrderStatus s, Order order) {
    String due = s.stageDueAtEpochMillis() == null ? "nothing due"
        : "due by " + WorkflowTimes.at(s.stageDueAtEpochMillis(), order.zone());
    return "Workflow stage: " + s.stage() + " · " + due
        + (s.reason() == null ? "" : " · " + s.reason());
  }
}
