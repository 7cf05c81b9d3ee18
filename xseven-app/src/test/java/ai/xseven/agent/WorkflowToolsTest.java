package ai.xseven.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.MenuChanges;
import ai.xseven.business.Order;
import ai.xseven.business.OrderService;
import ai.xseven.frontdesk.FrontDesk;
import ai.xseven.knowledge.KnowledgeBase;
import ai.xseven.plugin.PluginTools;
import ai.xseven.security.AuditLog;
import ai.xseven.workflow.AppointmentScheduler;
import ai.xseven.workflow.AppointmentStatus;
import ai.xseven.workflow.CancelRequest;
import ai.xseven.workflow.ChangeOutcome;
import ai.xseven.workflow.CheckInRequest;
import ai.xseven.workflow.OrderAction;
import ai.xseven.workflow.OrderStatus;
import ai.xseven.workflow.OrderWorkflows;
import ai.xseven.workflow.RescheduleRequest;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The booking, order and front-desk tools against mocked workflow facades: what each asks the
 * workflow, what the model is told, and that no one reaches another conversation's or business's
 * booking or order.
 */
class WorkflowToolsTest {

  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final BusinessProfile MARIOS = new BusinessProfile(UUID.randomUUID(),
      "marios-italian", "Mario's Italian", BusinessKind.RESTAURANT, "", "downtown",
      "12 Main Street", "+1 555 0100", ZONE, 50, 90);
  private static final Instant FRIDAY_7PM =
      ZonedDateTime.of(2031, 11, 28, 19, 0, 0, 0, ZONE).toInstant();

  private final UUID conversation = UUID.randomUUID();
  private final BookingService bookings = mock(BookingService.class);
  private final OrderService orders = mock(OrderService.class);
  private final AppointmentScheduler appointments = mock(AppointmentScheduler.class);
  private final OrderWorkflows orderWorkflows = mock(OrderWorkflows.class);
  private final FrontDesk desk = mock(FrontDesk.class);
  private final AgentProfiles profiles = new AgentProfiles();
  private final AgentTools tools = new AgentTools(mock(BusinessService.class),
      mock(KnowledgeBase.class), bookings, appointments, orders, orderWorkflows,
      new CustomerVisits(bookings, orders, appointments, orderWorkflows, Clock.systemUTC()),
      mock(MenuChanges.class), desk, mock(AuditLog.class), (ApplicationEventPublisher) e -> { },
      Clock.systemUTC(), mock(PluginTools.class));

  @Test
  void myBookingsSaysWhenTheNextReminderComes() {
    BookingConfirmation booking = booking(conversation);
    when(bookings.upcomingOfConversation(conversation)).thenReturn(List.of(booking));
    when(appointments.status(AppointmentScheduler.workflowId(booking.bookingId())))
        .thenReturn(Optional.of(confirmed(FRIDAY_7PM.minusSeconds(3600).toEpochMilli())));

    String result = customer().execute(request("myBookings", "{}"));

    assertThat(result).isEqualTo("• " + booking.bookingId() + ": a table for 4 at Mario's Italian"
        + " on Friday, November 28 at 7:00 PM. Your next reminder comes on Friday, November 28 at"
        + " 6:00 PM. Under the name Ana Lopez.");
  }

  @Test
  void rescheduleGoesThroughTheWorkflowAsTheCustomerWithoutASecondNotice() {
    BookingConfirmation booking = booking(conversation);
    when(bookings.find(booking.bookingId())).thenReturn(Optional.of(booking));
    when(appointments.reschedule(eq(booking.bookingId()), any())).thenReturn(
        ChangeOutcome.refused("Sorry, we are fully booked at that time."),
        ChangeOutcome.applied("Moved: your table for 4 is now on Saturday at 8:00 PM."));
    String move = "{\"bookingId\":\"" + booking.bookingId()
        + "\",\"newDate\":\"2031-11-29\",\"newTime\":\"20:00\"}";

    String refused = customer().execute(request("rescheduleBooking", move));
    String moved = customer().execute(request("rescheduleBooking", move));

    assertThat(refused).isEqualTo("Not moved: Sorry, we are fully booked at that time.");
    assertThat(moved).isEqualTo("Moved: your table for 4 is now on Saturday at 8:00 PM.");
    verify(appointments, org.mockito.Mockito.times(2)).reschedule(booking.bookingId(),
        new RescheduleRequest("2031-11-29T20:00", "customer", false));
  }

  @Test
  void cancelAndCheckInGoThroughTheWorkflow() {
    BookingConfirmation booking = booking(conversation);
    when(bookings.find(booking.bookingId())).thenReturn(Optional.of(booking));
    when(appointments.cancel(eq(booking.bookingId()), any())).thenReturn(ChangeOutcome.refused(
        "Bookings can be cancelled up to 24 hours before they start."));
    when(appointments.checkIn(eq(booking.bookingId()), any()))
        .thenReturn(ChangeOutcome.applied("Checked in for your table for 4 at 7:00 PM. Enjoy!"));
    String id = "{\"bookingId\":\"" + booking.bookingId() + "\"}";

    assertThat(customer().execute(request("cancelBooking", id)))
        .isEqualTo("Not cancelled: Bookings can be cancelled up to 24 hours before they start.");
    assertThat(customer().execute(request("checkIn", id)))
        .isEqualTo("Checked in for your table for 4 at 7:00 PM. Enjoy!");
    verify(appointments).cancel(booking.bookingId(),
        new CancelRequest(null, false, "customer", false));
    verify(appointments).checkIn(booking.bookingId(), new CheckInRequest("customer"));
  }

  @Test
  void anotherConversationsBookingIsNeitherMovedNorCancelled() {
    BookingConfirmation theirs = booking(UUID.randomUUID());
    when(bookings.find(theirs.bookingId())).thenReturn(Optional.of(theirs));
    String id = "{\"bookingId\":\"" + theirs.bookingId() + "\"}";

    assertThat(customer().execute(request("cancelBooking", id)))
        .startsWith("There is no booking " + theirs.bookingId() + " in this conversation");
    assertThat(customer().execute(request("checkIn", id))).startsWith("There is no booking");
    verify(appointments, never()).cancel(any(), any());
    verify(appointments, never()).checkIn(any(), any());
  }

  @Test
  void trackOrderTellsTheWorkflowsStageAndCancelOrderGoesThroughIt() {
    Order order = order(conversation, Order.Status.PREPARING);
    when(orders.ofConversation(conversation)).thenReturn(List.of(order));
    when(orders.find(order.orderId())).thenReturn(Optional.of(order));
    when(orderWorkflows.status(OrderWorkflows.workflowId(order.orderId()))).thenReturn(
        Optional.of(new OrderStatus("preparing", FRIDAY_7PM.toEpochMilli(), null, null, List.of(),
            List.of())));
    when(orderWorkflows.cancel(eq(order.orderId()), any())).thenReturn(ChangeOutcome.applied(
        "Order " + order.orderId() + " is cancelled. The payment of $28 is refunded."));

    String tracked = customer().execute(request("trackOrder", "{}"));
    String cancelled = customer().execute(request("cancelOrder",
        "{\"orderId\":\"" + order.orderId() + "\"}"));

    assertThat(tracked).startsWith("• " + order.orderId() + " (preparing): 2 × Margherita ($14)")
        .contains("It is being prepared; it should be ready around 7:00 PM.")
        .endsWith("Under the name Ana Lopez.");
    assertThat(cancelled).endsWith("is cancelled. The payment of $28 is refunded.");
    verify(orderWorkflows).cancel(order.orderId(),
        new CancelRequest(null, false, "customer", false));
  }

  @Test
  void theOwnerMovesOnlyTheirOwnBusinesssOrdersOn() {
    Order order = order(null, Order.Status.PLACED);
    UUID elsewhere = UUID.randomUUID();
    when(desk.order(MARIOS.id(), order.orderId())).thenReturn(Optional.of(order));
    when(desk.order(MARIOS.id(), elsewhere)).thenReturn(Optional.empty());
    when(desk.moveOrderOn(order, OrderAction.REJECT, "out of burrata", "owner-1"))
        .thenReturn(ChangeOutcome.applied("Order is rejected; the customer is told."));
    AgentTools.Session owner = tools.open(turn("dashboard", "dashboard", "owner-1"));

    String rejected = owner.execute(request("moveOrderOn", "{\"orderId\":\"" + order.orderId()
        + "\",\"step\":\"reject\",\"reason\":\"out of burrata\"}"));
    String other = owner.execute(request("moveOrderOn", "{\"orderId\":\"" + elsewhere
        + "\",\"step\":\"accept\"}"));
    String badStep = owner.execute(request("moveOrderOn", "{\"orderId\":\"" + order.orderId()
        + "\",\"step\":\"eat\"}"));

    assertThat(rejected).isEqualTo("Order is rejected; the customer is told.");
    assertThat(other).isEqualTo("There is no order " + elsewhere + " at Mario's Italian.");
    assertThat(badStep).contains("'eat' is not one of accept, reject");
    verify(desk, never()).moveOrderOn(any(), eq(OrderAction.ACCEPT), any(), any());
    verifyNoInteractions(orderWorkflows);
  }

  private AgentTools.Session customer() {
    return tools.open(turn("dedicated", "restaurant", "agent"));
  }

  private AgentTurn turn(String channel, String profileName, String actor) {
    AgentProfile profile = profiles.find(profileName).orElseThrow();
    LlmCallContext call = new LlmCallContext(conversation.toString(), "Task_Test", MARIOS.id(),
        MARIOS.kind(), channel, Intent.Kind.UNKNOWN, 10, 0);
    return new AgentTurn(call, MARIOS, channel, "turn-1", actor, profile, profile.tools(),
        profile.memoryWindow(), null, Map.of(), Map.of());
  }

  private static BookingConfirmation booking(UUID conversationId) {
    return new BookingConfirmation(UUID.randomUUID(), MARIOS.id(), MARIOS.name(), conversationId,
        "Ana Lopez", null, 4, FRIDAY_7PM, FRIDAY_7PM.plusSeconds(5400), ZONE,
        FRIDAY_7PM.minusSeconds(864_000));
  }

  private static Order order(UUID conversationId, Order.Status status) {
    return new Order(UUID.randomUUID(), MARIOS.id(), MARIOS.name(), conversationId, "Ana Lopez",
        status, List.of(new Order.Line(UUID.randomUUID(), "Margherita", 1400, 2)), 2800, "USD",
        null, ZONE, FRIDAY_7PM.minusSeconds(3600), FRIDAY_7PM.minusSeconds(3600), null, null,
        null);
  }

  private static AppointmentStatus confirmed(long nextReminder) {
    return new AppointmentStatus("confirmed", FRIDAY_7PM.toEpochMilli(),
        FRIDAY_7PM.plusSeconds(5400).toEpochMilli(), nextReminder,
        FRIDAY_7PM.minusSeconds(1800).toEpochMilli(), FRIDAY_7PM.plusSeconds(900).toEpochMilli(),
        null, List.of());
  }

  private static ToolExecutionRequest request(String name, String arguments) {
    return ToolExecutionRequest.builder().id("1").name(name).arguments(arguments).build();
  }
}
