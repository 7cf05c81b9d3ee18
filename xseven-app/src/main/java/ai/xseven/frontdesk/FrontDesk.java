package ai.xseven.frontdesk;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessService;
import ai.xseven.business.NotFoundException;
import ai.xseven.business.Order;
import ai.xseven.business.OrderService;
import ai.xseven.security.AuditLog;
import ai.xseven.workflow.AppointmentScheduler;
import ai.xseven.workflow.CancelRequest;
import ai.xseven.workflow.ChangeOutcome;
import ai.xseven.workflow.CheckInRequest;
import ai.xseven.workflow.OrderAction;
import ai.xseven.workflow.OrderWorkflows;
import ai.xseven.workflow.RescheduleRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a business's owner does with its orders and bookings once they are made — accept, prepare,
 * hand over or reject an order, check a customer in, move or cancel a booking — through their
 * workflows, which apply the change or refuse it with a reason. The workflow tells the customer;
 * each applied change is audited under the owner's name. The dashboard chat, the owner's agent
 * tools and the HTTP API all act through here.
 */
@Service
public class FrontDesk {

  private final OrderService orders;
  private final OrderWorkflows orderWorkflows;
  private final BookingService bookings;
  private final AppointmentScheduler appointments;
  private final BusinessService businesses;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  FrontDesk(OrderService orders, OrderWorkflows orderWorkflows, BookingService bookings,
      AppointmentScheduler appointments, BusinessService businesses, AuditLog audit,
      TransactionTemplate transactions, Clock clock) {
    this.orders = orders;
    this.orderWorkflows = orderWorkflows;
    this.bookings = bookings;
    this.appointments = appointments;
    this.businesses = businesses;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * The order action an HTTP path or a tool names: {@code accept}, {@code reject},
   * {@code start-preparing}, {@code ready}, {@code picked-up} or {@code delivered}.
   */
  public static Optional<OrderAction> step(String name) {
    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Optional.ofNullable(switch (key) {
      case "accept" -> OrderAction.ACCEPT;
      case "reject" -> OrderAction.REJECT;
      case "start-preparing" -> OrderAction.START_PREPARING;
      case "ready", "mark-ready" -> OrderAction.MARK_READY;
      case "picked-up" -> OrderAction.PICKED_UP;
      case "delivered" -> OrderAction.DELIVERED;
      default -> null;
    });
  }

  /** The business's unfinished orders (placed, accepted, preparing, ready), oldest first. */
  public List<Order> openOrders(UUID businessId) {
    return orders.openOf(businessId);
  }

  /** The business's bookings of today (its own zone) that hold their place, earliest first. */
  public List<BookingConfirmation> bookingsToday(UUID businessId) {
    return bookings.onDay(businessId, LocalDate.now(clock.withZone(zone(businessId))));
  }

  /** The business's bookings that hold their place and have not ended, earliest first. */
  public List<BookingConfirmation> activeBookings(UUID businessId) {
    return bookings.activeOf(businessId);
  }

  /** The order, if it is this business's. */
  public Optional<Order> order(UUID businessId, UUID orderId) {
    return orders.find(orderId).filter(order -> order.businessId().equals(businessId));
  }

  /** The booking, if it is this business's. */
  public Optional<BookingConfirmation> booking(UUID businessId, UUID bookingId) {
    return bookings.find(bookingId).filter(booking -> booking.businessId().equals(businessId));
  }

  /**
   * Moves the order on; the workflow refuses an action that does not fit the order's stage.
   *
   * @param reason why, for a rejection (the customer reads it)
   * @throws NotFoundException when there is no such order
   */
  public ChangeOutcome moveOrderOn(Order order, OrderAction action, String reason, String actor) {
    ChangeOutcome outcome = orderWorkflows.act(order.orderId(), action, reason);
    audited(outcome, actor, "order." + switch (action) {
          case ACCEPT -> "accepted";
          case REJECT -> "rejected";
          case START_PREPARING -> "preparing";
          case MARK_READY -> "ready";
          case PICKED_UP -> "picked-up";
          case DELIVERED -> "delivered";
        }, "business:" + order.businessId() + "/order:" + order.orderId());
    return outcome;
  }

  /**
   * Cancels the order for the business, with the compensation its stage needs; refused once it is
   * handed over. The workflow tells the customer.
   */
  public ChangeOutcome cancelOrder(Order order, String reason, String actor) {
    ChangeOutcome outcome = orderWorkflows.cancel(order.orderId(),
        new CancelRequest(blankToNull(reason), true, "owner", true));
    audited(outcome, actor, "order.cancelled",
        "business:" + order.businessId() + "/order:" + order.orderId());
    return outcome;
  }

  /** The customer has arrived; accepted while the booking's check-in window is open. */
  public ChangeOutcome checkIn(BookingConfirmation booking, String actor) {
    ChangeOutcome outcome =
        appointments.checkIn(booking.bookingId(), new CheckInRequest("business"));
    audited(outcome, actor, "booking.checked-in", subject(booking));
    return outcome;
  }

  /**
   * Cancels the booking for the business: outside the cancellation window too when
   * {@code override}. The workflow tells the customer.
   */
  public ChangeOutcome cancelBooking(BookingConfirmation booking, String reason, boolean override,
      String actor) {
    ChangeOutcome outcome = appointments.cancel(booking.bookingId(),
        new CancelRequest(blankToNull(reason), override, "owner", true));
    audited(outcome, actor, override ? "booking.cancelled-override" : "booking.cancelled",
        subject(booking));
    return outcome;
  }

  /**
   * Moves the booking for the business: the booking policy decides, but the owner is not held to
   * the cancellation window. The workflow tells the customer.
   */
  public ChangeOutcome rescheduleBooking(BookingConfirmation booking, LocalDateTime newStart,
      String actor) {
    ChangeOutcome outcome = appointments.reschedule(booking.bookingId(),
        new RescheduleRequest(newStart.toString(), "owner", true));
    audited(outcome, actor, "booking.moved", subject(booking));
    return outcome;
  }

  private void audited(ChangeOutcome outcome, String actor, String action, String subject) {
    if (outcome.applied()) {
      // In the caller's transaction (a chat turn), else in one of its own.
      transactions.executeWithoutResult(status ->
          audit.record(actor, action, subject, outcome.message()));
    }
  }

  private ZoneId zone(UUID businessId) {
    return businesses.find(businessId).orElseThrow(() -> new IllegalArgumentException(
        "There is no business " + businessId)).zone();
  }

  private static String subject(BookingConfirmation booking) {
    return "business:" + booking.businessId() + "/booking:" + booking.bookingId();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
