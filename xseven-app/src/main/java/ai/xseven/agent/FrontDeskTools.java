package ai.xseven.agent;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.Order;
import ai.xseven.frontdesk.FrontDesk;
import ai.xseven.workflow.ChangeOutcome;
import ai.xseven.workflow.OrderAction;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The owner's work with orders and bookings once they are made, through {@link FrontDesk} and so
 * through their workflows: what is open today, moving an order on, checking a customer in,
 * cancelling a booking with the owner's override. {@link AgentTools} runs these only in the
 * dashboard channel; they reach only the business's own orders and bookings.
 */
class FrontDeskTools {

  static final String OPEN_ORDERS_AND_BOOKINGS = "openOrdersAndBookings";
  static final String MOVE_ORDER_ON = "moveOrderOn";
  static final String CHECK_IN_CUSTOMER = "checkInCustomer";
  static final String CANCEL_CUSTOMER_BOOKING = "cancelCustomerBooking";
  static final List<ToolSpecification> SPECIFICATIONS =
      ToolSpecifications.toolSpecificationsFrom(FrontDeskTools.class);

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

  private final FrontDesk desk;
  private final AgentTurn turn;
  private final BusinessProfile business;

  FrontDeskTools(FrontDesk desk, AgentTurn turn) {
    this.desk = desk;
    this.turn = turn;
    this.business = turn.business();
  }

  @Tool(name = OPEN_ORDERS_AND_BOOKINGS, value = "the business's open orders (placed, accepted, "
      + "preparing, ready) and today's bookings, with their ids, customers and stages")
  String openOrdersAndBookings() {
    List<Order> orders = desk.openOrders(business.id());
    List<BookingConfirmation> bookings = desk.bookingsToday(business.id());
    String orderLines = orders.isEmpty() ? "No open orders."
        : "Open orders:\n" + orders.stream().map(order -> "• " + order.orderId() + ": "
            + order.customerName() + " — " + order.describe() + " ("
            + order.status().name().toLowerCase(Locale.ROOT) + ")")
            .collect(Collectors.joining("\n"));
    String bookingLines = bookings.isEmpty() ? "No bookings today."
        : "Today's bookings:\n" + bookings.stream().map(booking -> "• " + booking.bookingId()
            + ": " + CLOCK.format(booking.startsAt().atZone(booking.zone())) + " "
            + what(booking) + ", " + booking.customerName() + " ("
            + booking.status().toLowerCase(Locale.ROOT) + ")")
            .collect(Collectors.joining("\n"));
    return orderLines + "\n" + bookingLines;
  }

  @Tool(name = MOVE_ORDER_ON, value = "moves an order on: accept, reject (say why), "
      + "start-preparing, ready, picked-up or delivered; each fits one stage, and the customer "
      + "is told")
  String moveOrderOn(
      @P("the order id, from openOrdersAndBookings") String orderId,
      @P("accept, reject, start-preparing, ready, picked-up or delivered") String step,
      @P(value = "why the order is rejected (reject only)", required = false) String reason) {
    OrderAction action = FrontDesk.step(step).orElseThrow(() -> new IllegalArgumentException(
        "'" + step + "' is not one of accept, reject, start-preparing, ready, picked-up, "
            + "delivered."));
    Optional<Order> order = uuid(orderId).flatMap(id -> desk.order(business.id(), id));
    if (order.isEmpty()) {
      return "There is no order " + orderId + " at " + business.name() + ".";
    }
    return said(desk.moveOrderOn(order.get(), action, reason, turn.actor()));
  }

  @Tool(name = CHECK_IN_CUSTOMER, value = "checks a customer in for their booking (accepted "
      + "while its check-in window is open)")
  String checkInCustomer(@P("the booking id, from openOrdersAndBookings") String bookingId) {
    Optional<BookingConfirmation> booking = booking(bookingId);
    return booking.map(found -> said(desk.checkIn(found, turn.actor())))
        .orElseGet(() -> noBooking(bookingId));
  }

  @Tool(name = CANCEL_CUSTOMER_BOOKING, value = "cancels a customer's booking for the business, "
      + "also inside the cancellation window (the owner's override); the customer is told")
  String cancelCustomerBooking(
      @P("the booking id") String bookingId,
      @P(value = "why, in a few words the customer reads", required = false) String reason) {
    Optional<BookingConfirmation> booking = booking(bookingId);
    return booking.map(found -> said(desk.cancelBooking(found, reason, true, turn.actor())))
        .orElseGet(() -> noBooking(bookingId));
  }

  private Optional<BookingConfirmation> booking(String bookingId) {
    return uuid(bookingId).flatMap(id -> desk.booking(business.id(), id));
  }

  private String noBooking(String bookingId) {
    return "There is no booking " + bookingId + " at " + business.name() + ".";
  }

  private static String said(ChangeOutcome outcome) {
    return outcome.applied() ? outcome.message() : "Not done: " + outcome.message();
  }

  private static String what(BookingConfirmation booking) {
    return booking.serviceName() != null ? booking.serviceName()
        : "table for " + booking.partySize();
  }

  private static Optional<UUID> uuid(String id) {
    try {
      return Optional.of(UUID.fromString(id == null ? "" : id.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
