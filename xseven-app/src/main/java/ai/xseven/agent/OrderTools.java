package ai.xseven.agent;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.NotFoundException;
import ai.xseven.business.Order;
import ai.xseven.business.OrderItem;
import ai.xseven.business.OrderRejectedException;
import ai.xseven.business.OrderService;
import ai.xseven.workflow.CancelRequest;
import ai.xseven.workflow.ChangeOutcome;
import ai.xseven.workflow.OrderStatus;
import ai.xseven.workflow.OrderWorkflows;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A customer's pick-up orders at one business, placed through {@link OrderService}: items and
 * prices come from the catalog, never from the model. Once placed, an order's workflow says where
 * it is (placed, accepted, preparing, ready, …) and cancels it with the compensation its stage
 * needs. A customer reaches only the orders of their own conversation at this business.
 */
class OrderTools {

  static final String PLACE_ORDER = "placeOrder";
  static final String TRACK_ORDER = "trackOrder";
  static final String CANCEL_ORDER = "cancelOrder";
  static final List<ToolSpecification> SPECIFICATIONS =
      ToolSpecifications.toolSpecificationsFrom(OrderTools.class);

  /** The services an order tool needs; one set per application. */
  record Services(OrderService orders, OrderWorkflows workflows, CustomerVisits visits) {}

  private final Services services;
  private final AgentTurn turn;
  private final BusinessProfile business;

  OrderTools(Services services, AgentTurn turn) {
    this.services = services;
    this.turn = turn;
    this.business = turn.business();
  }

  @Tool(name = PLACE_ORDER, value = "places a pick-up order of catalog items once the customer "
      + "said yes; prices are the catalog's")
  String placeOrder(
      @P("the catalog names of the items") List<String> items,
      @P("how many of each item, in the same order as items (1 to 20)") List<Integer> quantities,
      @P("whose name the order is under") String customerName,
      @P(value = "when the customer picks it up, the business's local time, ISO "
          + "yyyy-mm-ddTHH:mm", required = false) String pickupTime) {
    if (items == null || quantities == null || items.size() != quantities.size()) {
      throw new IllegalArgumentException("items and quantities must be lists of the same "
          + "length, one quantity per item.");
    }
    List<OrderItem> wanted = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Integer quantity = quantities.get(i);
      if (quantity == null) {
        throw new IllegalArgumentException("The quantity of " + items.get(i) + " is missing.");
      }
      wanted.add(OrderItem.named(items.get(i), quantity));
    }
    try {
      Order order = services.orders().place(business.id(), turn.conversationUuid(), customerName,
          wanted, pickup(pickupTime));
      return "Ordered " + order.describe() + " under the name " + order.customerName()
          + " (order " + order.orderId() + ", " + order.status() + ").";
    } catch (OrderRejectedException rejected) {
      return "Not ordered: " + rejected.getMessage();
    }
  }

  @Tool(name = TRACK_ORDER, value = "where one of the customer's orders is (placed, accepted, "
      + "preparing, ready, picked up, …), or all of their orders here when no id is given")
  String trackOrder(
      @P(value = "the order id; leave out for all of the customer's orders", required = false)
      String orderId) {
    if (orderId != null && !orderId.isBlank()) {
      return own(orderId).map(this::line).orElseGet(() -> notYours(orderId));
    }
    List<Order> mine = services.visits().orders(turn.conversationUuid(), business);
    if (mine.isEmpty()) {
      return "This conversation has no orders at " + business.name() + ".";
    }
    return mine.stream().map(this::line).collect(Collectors.joining("\n"));
  }

  @Tool(name = CANCEL_ORDER, value = "cancels one of the customer's orders through its workflow "
      + "(refused once it is handed over; a payment is released or refunded), once the customer "
      + "said yes")
  String cancelOrder(@P("the order id, from trackOrder") String orderId) {
    Optional<Order> order = own(orderId);
    if (order.isEmpty()) {
      return notYours(orderId);
    }
    try {
      // The model's reply tells the customer; the workflow need not say it again.
      ChangeOutcome outcome = services.workflows().cancel(order.get().orderId(),
          new CancelRequest(null, false, "customer", false));
      return outcome.applied() ? outcome.message() : "Not cancelled: " + outcome.message();
    } catch (NotFoundException gone) {
      return "Not cancelled: " + gone.getMessage();
    }
  }

  /** "• id (preparing): 2 × Margherita ($14): $28 at … It is being prepared; …". */
  private String line(Order order) {
    String stage = services.visits().status(order).map(OrderStatus::stage)
        .orElse(order.status().name().toLowerCase(Locale.ROOT));
    return "• " + order.orderId() + " (" + stage + "): " + services.visits().describe(order)
        + " Under the name " + order.customerName() + ".";
  }

  /** An order of this conversation at this business; anything else is not the customer's. */
  private Optional<Order> own(String orderId) {
    return services.visits().ownOrder(turn.conversationUuid(), business, orderId);
  }

  private static String notYours(String orderId) {
    return "There is no order " + orderId + " in this conversation; trackOrder lists them.";
  }

  private static LocalDateTime pickup(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a time like 2026-11-27T19:30.");
    }
  }
}
