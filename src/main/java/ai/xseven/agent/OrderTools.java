package ai.xseven.agent;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.NotFoundException;
import ai.xseven.business.Order;
import ai.xseven.business.OrderItem;
import ai.xseven.business.OrderRejectedException;
import ai.xseven.business.OrderService;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A customer's pick-up orders at one business, through {@link OrderService}: items and prices come
 * from the catalog, never from the model. A customer reaches only the orders of their own
 * conversation at this business. What happens to an order after it is placed (accepted,
 * preparing, ready) comes with issue 5's order workflow.
 */
class OrderTools {

  static final String PLACE_ORDER = "placeOrder";
  static final String TRACK_ORDER = "trackOrder";
  static final String CANCEL_ORDER = "cancelOrder";
  static final List<ToolSpecification> SPECIFICATIONS =
      ToolSpecifications.toolSpecificationsFrom(OrderTools.class);

  private final OrderService orders;
  private final AgentTurn turn;
  private final BusinessProfile business;

  OrderTools(OrderService orders, AgentTurn turn) {
    this.orders = orders;
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
      Order order = orders.place(business.id(), turn.conversationUuid(), customerName, wanted,
          pickup(pickupTime));
      return "Ordered " + order.describe() + " under the name " + order.customerName()
          + " (order " + order.orderId() + ", " + order.status() + ").";
    } catch (OrderRejectedException rejected) {
      return "Not ordered: " + rejected.getMessage();
    }
  }

  @Tool(name = TRACK_ORDER, value = "the status of one of the customer's orders, or of all of "
      + "their orders here when no id is given")
  String trackOrder(
      @P(value = "the order id; leave out for all of the customer's orders", required = false)
      String orderId) {
    if (orderId != null && !orderId.isBlank()) {
      return own(orderId).map(OrderTools::line).orElseGet(() -> notYours(orderId));
    }
    List<Order> mine = mine();
    if (mine.isEmpty()) {
      return "This conversation has no orders at " + business.name() + ".";
    }
    return mine.stream().map(OrderTools::line).collect(Collectors.joining("\n"));
  }

  @Tool(name = CANCEL_ORDER, value = "cancels one of the customer's placed orders, once the "
      + "customer said yes")
  String cancelOrder(@P("the order id, from trackOrder") String orderId) {
    Optional<Order> order = own(orderId);
    if (order.isEmpty()) {
      return notYours(orderId);
    }
    if (order.get().status() == Order.Status.CANCELLED) {
      return "Order " + order.get().orderId() + " was already cancelled.";
    }
    try {
      Order cancelled = orders.cancel(order.get().orderId());
      return "Cancelled order " + cancelled.orderId() + ": " + cancelled.describe() + ".";
    } catch (OrderRejectedException | NotFoundException refused) {
      return "Not cancelled: " + refused.getMessage();
    }
  }

  private static String line(Order order) {
    return "• " + order.orderId() + " (" + order.status() + "): " + order.describe()
        + " under the name " + order.customerName();
  }

  private List<Order> mine() {
    UUID conversation = turn.conversationUuid();
    return conversation == null ? List.of()
        : orders.ofConversation(conversation).stream()
            .filter(order -> order.businessId().equals(business.id()))
            .toList();
  }

  /** An order of this conversation at this business; anything else is not the customer's. */
  private Optional<Order> own(String orderId) {
    UUID id;
    try {
      id = UUID.fromString(orderId == null ? "" : orderId.strip());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    UUID conversation = turn.conversationUuid();
    return orders.find(id)
        .filter(order -> conversation != null && conversation.equals(order.conversationId()))
        .filter(order -> order.businessId().equals(business.id()));
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
