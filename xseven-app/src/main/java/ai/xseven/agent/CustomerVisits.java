package ai.xseven.agent;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.Order;
import ai.xseven.business.OrderService;
import ai.xseven.workflow.AppointmentScheduler;
import ai.xseven.workflow.AppointmentStatus;
import ai.xseven.workflow.OrderStatus;
import ai.xseven.workflow.OrderWorkflows;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A customer's own bookings and orders at one business — those made in their conversation, never
 * anyone else's — with what their workflows report.
 */
@Component
class CustomerVisits {

  private static final Logger log = LoggerFactory.getLogger(CustomerVisits.class);

  private final BookingService bookings;
  private final OrderService orders;
  private final AppointmentScheduler appointments;
  private final OrderWorkflows orderWorkflows;
  private final Clock clock;

  CustomerVisits(BookingService bookings, OrderService orders, AppointmentScheduler appointments,
      OrderWorkflows orderWorkflows, Clock clock) {
    this.bookings = bookings;
    this.orders = orders;
    this.appointments = appointments;
    this.orderWorkflows = orderWorkflows;
    this.clock = clock;
  }

  /** The conversation's confirmed bookings here that have not started, soonest first. */
  List<BookingConfirmation> upcomingBookings(UUID conversation, BusinessProfile business) {
    return conversation == null ? List.of()
        : bookings.upcomingOfConversation(conversation).stream()
            .filter(booking -> booking.businessId().equals(business.id()))
            .toList();
  }

  /** The conversation's confirmed bookings here today, started or not: the ones to check in. */
  List<BookingConfirmation> bookingsToday(UUID conversation, BusinessProfile business) {
    return conversation == null ? List.of()
        : bookings.onDay(business.id(), LocalDate.now(clock.withZone(business.zone()))).stream()
            .filter(booking -> conversation.equals(booking.conversationId()))
            .toList();
  }

  /** The conversation's orders here, newest first, whatever their stage. */
  List<Order> orders(UUID conversation, BusinessProfile business) {
    return conversation == null ? List.of()
        : orders.ofConversation(conversation).stream()
            .filter(order -> order.businessId().equals(business.id()))
            .toList();
  }

  /** A booking of this conversation at this business; anything else is not the customer's. */
  Optional<BookingConfirmation> ownBooking(UUID conversation, BusinessProfile business,
      String bookingId) {
    return uuid(bookingId).flatMap(bookings::find)
        .filter(booking -> conversation != null && conversation.equals(booking.conversationId()))
        .filter(booking -> booking.businessId().equals(business.id()));
  }

  /** An order of this conversation at this business; anything else is not the customer's. */
  Optional<Order> ownOrder(UUID conversation, BusinessProfile business, String orderId) {
    return uuid(orderId).flatMap(orders::find)
        .filter(order -> conversation != null && conversation.equals(order.conversationId()))
        .filter(order -> order.businessId().equals(business.id()));
  }

  /**
   * Empty when the booking's workflow is gone (the embedded server forgets on restart) or cannot
   * be asked just now: the booking's own record still answers.
   */
  Optional<AppointmentStatus> status(BookingConfirmation booking) {
    return unlessUnreachable(() ->
        appointments.status(AppointmentScheduler.workflowId(booking.bookingId())));
  }

  Optional<OrderStatus> status(Order order) {
    return unlessUnreachable(() ->
        orderWorkflows.status(OrderWorkflows.workflowId(order.orderId())));
  }

  private static <T> Optional<T> unlessUnreachable(Supplier<Optional<T>> query) {
    try {
      return query.get();
    } catch (WorkflowException | StatusRuntimeException unreachable) {
      log.warn("A workflow's status could not be read", unreachable);
      return Optional.empty();
    }
  }

  /** Whether the order can still be cancelled: its workflow's stage, or the order's own status. */
  boolean cancellable(Order order) {
    return status(order).map(StatusSentences::openOrder)
        .orElse(order.status().isOpen());
  }

  /** The booking in a sentence with what comes next. */
  String describe(BookingConfirmation booking) {
    return (booking.describe() + ". "
        + status(booking).map(status -> StatusSentences.appointment(status, booking.zone()))
            .orElse("")).strip();
  }

  /** The order in a sentence with its stage. */
  String describe(Order order) {
    return order.describe() + ". " + status(order)
        .map(status -> StatusSentences.order(status, order.zone(), order.businessName()))
        .orElse("Its status is " + order.status().name().toLowerCase(Locale.ROOT) + ".");
  }

  private static Optional<UUID> uuid(String id) {
    try {
      return Optional.of(UUID.fromString(id == null ? "" : id.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
