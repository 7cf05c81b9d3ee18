package ai.xseven.agent;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.Order;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The customer's own bookings and orders, deterministically and without a model: "when is my
 * appointment?", "where is my order?", move, cancel, check in. Only the bookings and orders made
 * in this conversation are reached. Every answer is what the workflow reports: its stage and next
 * reminder, the change it applied or the reason it refused. A request that needs more — which
 * booking, the new time, a yes before a change — waits in the {@code managing} stage for the next
 * message.
 */
@Component
class SelfServicePlugin implements ServiceTaskPlugin {

  private final ConversationBusiness business;
  private final CustomerVisits visits;
  private final BookingChanges bookingChanges;
  private final OrderChanges orderChanges;
  private final BookingDetailsExtractor extractor;
  private final Clock clock;

  SelfServicePlugin(ConversationBusiness business, CustomerVisits visits,
      BookingChanges bookingChanges, OrderChanges orderChanges,
      BookingDetailsExtractor extractor, Clock clock) {
    this.business = business;
    this.visits = visits;
    this.bookingChanges = bookingChanges;
    this.orderChanges = orderChanges;
    this.extractor = extractor;
    this.clock = clock;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("selfService")
        .name("Self service")
        .description("The customer's own bookings and orders: their status, a move, a cancellation or a"
        + " check-in, through their workflows.")
        .reads(List.of(
        Variable.required("message", String.class, "The customer's message."),
        Variable.required("businessId", String.class, "The business chatting."),
        Variable.optional("intent", String.class,
            "The classifier's intent: a self-service intent starts a request, any other answers"
                + " the waiting one."),
        Variable.optional("stage", String.class, "'managing' while a request waits."),
        Variable.optional(SelfServiceDraft.ACTION_VARIABLE, String.class,
            "The waiting request's intent."),
        Variable.optional(SelfServiceDraft.TARGET_VARIABLE, String.class,
            "The booking or order it is about."),
        Variable.optional(SelfServiceDraft.DATE_VARIABLE, String.class,
            "The new day of a move."),
        Variable.optional(SelfServiceDraft.TIME_VARIABLE, String.class,
            "The new time of a move."),
        Variable.optional(SelfServiceDraft.AWAITING_VARIABLE, String.class,
            "What was asked: which, time or confirm.")))
        .writes(List.of(
        Variable.optional("stage", String.class,
            "'managing' while a request waits, then 'open'."),
        Variable.optional(SelfServiceDraft.ACTION_VARIABLE, String.class, "See inputs."),
        Variable.optional(SelfServiceDraft.TARGET_VARIABLE, String.class, "See inputs."),
        Variable.optional(SelfServiceDraft.DATE_VARIABLE, String.class, "See inputs."),
        Variable.optional(SelfServiceDraft.TIME_VARIABLE, String.class, "See inputs."),
        Variable.optional(SelfServiceDraft.AWAITING_VARIABLE, String.class,
            "See inputs.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    SelfServiceRequest request = request(context);
    SelfServiceDraft draft = request.draft();
    if (draft.action() == null) {
      return request.answer("I can tell you when your booking is or where your order is, move"
          + " or cancel a booking, cancel an order, or check you in when you arrive.");
    }
    if (request.managing() && "deny".equals(request.intent())) {
      return SelfServiceRequest.done("All right, I've left everything as it is.");
    }
    return switch (draft.action()) {
      case "booking_status" -> bookingStatus(request);
      case "order_status" -> orderStatus(request);
      case "reschedule" -> bookingChanges.reschedule(request);
      case "cancel_booking" -> bookingChanges.cancel(request);
      case "check_in" -> bookingChanges.checkIn(request);
      case "cancel_order" -> orderChanges.cancel(request);
      default -> SelfServiceRequest.done("Sorry, I can't help with that here.");
    };
  }

  private SelfServiceRequest request(PluginContext context) {
    BusinessProfile profile = business.of(context);
    String message = context.require("message", String.class);
    String intent = context.variable("intent", String.class).orElse(Intent.UNKNOWN);
    SelfServiceDraft draft = Intent.MANAGE_INTENTS.contains(intent)
        ? SelfServiceDraft.start(intent)
        : SelfServiceDraft.from(context);
    boolean managing =
        SelfServiceDraft.STAGE.equals(context.variable("stage", String.class).orElse(null));
    String expecting = SelfServiceDraft.TIME.equals(draft.awaiting()) ? "time" : null;
    BookingDetails heard =
        extractor.extract(message, profile.zone(), clock.instant(), List.of(), expecting);
    return new SelfServiceRequest(profile, uuid(context.conversationId()), message, intent,
        managing, draft, heard);
  }

  private PluginResult bookingStatus(SelfServiceRequest request) {
    List<BookingConfirmation> mine =
        visits.upcomingBookings(request.conversation(), request.business());
    if (mine.isEmpty()) {
      return request.answer("I can't find an upcoming booking made in this chat at "
          + request.business().name() + ".");
    }
    if (mine.size() == 1) {
      return request.answer("You have " + visits.describe(mine.get(0)));
    }
    return request.answer("Your bookings:\n" + mine.stream()
        .map(booking -> "• " + visits.describe(booking)).collect(Collectors.joining("\n")));
  }

  private PluginResult orderStatus(SelfServiceRequest request) {
    List<Order> mine = visits.orders(request.conversation(), request.business());
    if (mine.isEmpty()) {
      return request.answer("I can't find an order made in this chat at "
          + request.business().name() + ".");
    }
    if (mine.size() == 1) {
      return request.answer("Your order: " + visits.describe(mine.get(0)));
    }
    return request.answer("Your orders, newest first:\n" + mine.stream()
        .map(order -> "• " + visits.describe(order)).collect(Collectors.joining("\n")));
  }

  private static UUID uuid(String id) {
    try {
      return id == null ? null : UUID.fromString(id);
    } catch (IllegalArgumentException notUuid) {
      return null;
    }
  }
}
