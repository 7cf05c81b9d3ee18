package ai.xseven.dashboard;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.Order;
import ai.xseven.frontdesk.FrontDesk;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import ai.xseven.workflow.ChangeOutcome;
import ai.xseven.workflow.OrderAction;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Carries out the owner's instruction about an order or a booking at once, through its workflow
 * ({@link FrontDesk}): the workflow applies it and tells the customer, or refuses it with a
 * reason, and the reply says which. The order or booking is the business's own one that the
 * message names; when it names none or several, the reply lists them and nothing is done.
 */
@Component
class FrontDeskPlugin implements ServiceTaskPlugin {

  private static final Logger log = LoggerFactory.getLogger(FrontDeskPlugin.class);

  static final String OPERATION = "ownerOperation";
  static final String REASON = "ownerOperationReason";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE MMM d, h:mm a", Locale.ENGLISH);
  /** The stage each step fits: when the message names several orders, the fitting one is meant. */
  private static final Map<OrderAction, Order.Status> FITS = Map.of(
      OrderAction.ACCEPT, Order.Status.PLACED, OrderAction.REJECT, Order.Status.PLACED,
      OrderAction.START_PREPARING, Order.Status.ACCEPTED,
      OrderAction.MARK_READY, Order.Status.PREPARING,
      OrderAction.PICKED_UP, Order.Status.READY, OrderAction.DELIVERED, Order.Status.READY);

  private final FrontDesk desk;
  private final OwnerBusiness business;

  FrontDeskPlugin(FrontDesk desk, OwnerBusiness business) {
    this.desk = desk;
    this.business = business;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("frontDesk")
        .name("Front desk")
        .description("Accepts, rejects or moves on an order, checks a customer in or cancels a booking for"
        + " the owner, through the workflows; or lists the open orders and today's bookings.")
        .reads(List.of(
        Variable.required("message", String.class, "The owner's message."),
        Variable.required("businessId", String.class, "The owner's business."),
        Variable.required(OPERATION, String.class, "From understandOwnerRequest."),
        Variable.optional(REASON, String.class, "The owner's reason, if given."),
        Variable.optional("actor", String.class, "The signed-in owner, for the audit.")))
        .writes(List.of(
        Variable.required(OPERATION, String.class, "Cleared."),
        Variable.required(REASON, String.class, "Cleared.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    BusinessProfile profile = business.of(context);
    String operation = context.require(OPERATION, String.class);
    String reason = context.variable(REASON, String.class).orElse(null);
    String text = CatalogNames.normalise(context.require("message", String.class));
    String actor = OwnerBusiness.actor(context);
    String reply = switch (operation) {
      case OperationRequests.OPEN_ORDERS -> openWork(profile);
      case OperationRequests.CHECK_IN -> onBooking(text, desk.bookingsToday(profile.id()),
          "today", booking -> desk.checkIn(booking, actor));
      case OperationRequests.CANCEL_BOOKING -> onBooking(text, desk.activeBookings(profile.id()),
          "coming up", booking -> desk.cancelBooking(booking, reason, true, actor));
      case OperationRequests.CANCEL_ORDER -> onOrder(text, desk.openOrders(profile.id()), null,
          order -> desk.cancelOrder(order, reason, actor));
      default -> {
        OrderAction action = FrontDesk.step(operation).orElseThrow(() -> new PluginException(
            "Task " + context.taskId() + ": '" + operation + "' is not an owner operation"));
        yield onOrder(text, desk.openOrders(profile.id()), FITS.get(action),
            order -> desk.moveOrderOn(order, action, reason, actor));
      }
    };
    return PluginResult.builder().output(OPERATION, null).output(REASON, null).reply(reply)
        .build();
  }

  private String openWork(BusinessProfile profile) {
    List<Order> orders = desk.openOrders(profile.id());
    List<BookingConfirmation> bookings = desk.bookingsToday(profile.id());
    String orderLines = orders.isEmpty() ? "There are no open orders."
        : orders.size() + (orders.size() == 1 ? " open order:\n" : " open orders:\n")
            + lines(orders, FrontDeskPlugin::line);
    String bookingLines = bookings.isEmpty() ? "No bookings today."
        : "Today's bookings:\n" + lines(bookings, FrontDeskPlugin::line);
    return orderLines + "\n" + bookingLines;
  }

  private static String onOrder(String text, List<Order> open, Order.Status fitting,
      Function<Order, ChangeOutcome> act) {
    if (open.isEmpty()) {
      return "There are no open orders.";
    }
    List<Order> meant = OwnerTargets.matching(text, open, Order::orderId, Order::customerName);
    if (meant.size() > 1 && fitting != null) {
      List<Order> fit = meant.stream().filter(order -> order.status() == fitting).toList();
      meant = fit.isEmpty() ? meant : fit;
    }
    if (meant.size() != 1) {
      return (meant.isEmpty() ? "Which order do you mean? The open orders are:\n"
          : "Which of these orders do you mean?\n") + lines(meant.isEmpty() ? open : meant,
          FrontDeskPlugin::line) + "\nSay the customer's name or the first characters of the id.";
    }
    Order target = meant.get(0);
    return attempt(() -> act.apply(target));
  }

  private static String onBooking(String text, List<BookingConfirmation> bookings, String when,
      Function<BookingConfirmation, ChangeOutcome> act) {
    if (bookings.isEmpty()) {
      return "There are no bookings " + when + ".";
    }
    List<BookingConfirmation> meant = OwnerTargets.matching(text, bookings,
        BookingConfirmation::bookingId, BookingConfirmation::customerName);
    if (meant.size() != 1) {
      return (meant.isEmpty() ? "Which booking do you mean? The bookings " + when + " are:\n"
          : "Which of these bookings do you mean?\n") + lines(meant.isEmpty() ? bookings : meant,
          FrontDeskPlugin::line) + "\nSay the customer's name or the first characters of the id.";
    }
    return attempt(() -> act.apply(meant.get(0)));
  }

  private static String attempt(Supplier<ChangeOutcome> change) {
    try {
      return said(change.get());
    } catch (WorkflowException | StatusRuntimeException unreachable) {
      log.warn("An owner's operation could not reach its workflow", unreachable);
      return "I can't reach the workflows just now, so nothing was changed; please try again in"
          + " a moment.";
    }
  }

  private static String said(ChangeOutcome outcome) {
    return outcome.applied() ? "Done: " + outcome.message()
        : "I can't do that: " + outcome.message() + " Nothing was changed.";
  }

  private static <T> String lines(List<T> items, Function<T, String> line) {
    return items.stream().map(item -> "• " + line.apply(item)).collect(Collectors.joining("\n"));
  }

  /** "#3f2a9c1d Ana Lopez: 2 × Margherita ($14): $28 … (placed)". */
  private static String line(Order order) {
    return "#" + OwnerTargets.shortId(order.orderId()) + " " + order.customerName() + ": "
        + order.describe() + " (" + order.status().name().toLowerCase(Locale.ROOT)
        .replace('_', ' ') + ")";
  }

  /** "#5b2c7e1a 7:00 PM table for 4, Ana Lopez (confirmed)". */
  private static String line(BookingConfirmation booking) {
    var start = booking.startsAt().atZone(booking.zone());
    return "#" + OwnerTargets.shortId(booking.bookingId()) + " " + WHEN.format(start) + " "
        + (booking.serviceName() != null ? booking.serviceName()
            : "table for " + booking.partySize())
        + ", " + booking.customerName() + " ("
        + booking.status().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
  }
}
