package ai.xseven.agent;

import ai.xseven.support.TaskContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.Order;
import ai.xseven.business.OrderService;
import ai.xseven.sdk.PluginResult;
import ai.xseven.workflow.AppointmentScheduler;
import ai.xseven.workflow.AppointmentStatus;
import ai.xseven.workflow.CancelRequest;
import ai.xseven.workflow.ChangeOutcome;
import ai.xseven.workflow.CheckInRequest;
import ai.xseven.workflow.OrderStatus;
import ai.xseven.workflow.OrderWorkflows;
import ai.xseven.workflow.RescheduleRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer's self-service step with the workflows mocked: what it asks, what it tells, which
 * request it sends the workflow, and what it keeps for the next message.
 */
class SelfServicePluginTest {

  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final BusinessProfile MARIOS = new BusinessProfile(UUID.randomUUID(),
      "marios-italian", "Mario's Italian", BusinessKind.RESTAURANT, "", "downtown",
      "12 Main Street", "+1 555 0100", ZONE, 50, 90);
  /** Monday, November 24, 2031, noon: "Saturday" is November 29. */
  private static final Clock CLOCK = Clock.fixed(
      ZonedDateTime.of(2031, 11, 24, 12, 0, 0, 0, ZONE).toInstant(), ZONE);

  private final UUID conversation = UUID.randomUUID();
  private final BookingService bookings = mock(BookingService.class);
  private final OrderService orders = mock(OrderService.class);
  private final AppointmentScheduler appointments = mock(AppointmentScheduler.class);
  private final OrderWorkflows orderWorkflows = mock(OrderWorkflows.class);
  private final BusinessService businesses = mock(BusinessService.class);
  private SelfServicePlugin plugin;
  private Map<String, Object> variables;

  @BeforeEach
  void plugin() {
    CustomerVisits visits = new CustomerVisits(bookings, orders, appointments, orderWorkflows,
        CLOCK);
    plugin = new SelfServicePlugin(new ConversationBusiness(businesses), visits,
        new BookingChanges(visits, appointments, CLOCK), new OrderChanges(visits, orderWorkflows),
        new BookingDetailsExtractor(), CLOCK);
    when(businesses.find(MARIOS.id())).thenReturn(Optional.of(MARIOS));
    variables = new HashMap<>(Map.of("businessId", MARIOS.id().toString(), "stage", "open"));
  }

  @Test
  void tellsWhenTheAppointmentIsAndWhenTheNextReminderComes() {
    BookingConfirmation friday = booking(28, 19);
    when(bookings.upcomingOfConversation(conversation)).thenReturn(List.of(friday));
    when(appointments.status(AppointmentScheduler.workflowId(friday.bookingId())))
        .thenReturn(Optional.of(status("confirmed", at(27, 19))));

    PluginResult result = say("when is my appointment?", "booking_status");

    assertThat(result.replies()).containsExactly("You have a table for 4 at Mario's Italian on"
        + " Friday, November 28 at 7:00 PM. Your next reminder comes on Thursday, November 27 at"
        + " 7:00 PM.");
    assertThat(result.outputs()).doesNotContainKey("stage");
  }

  @Test
  void movesABookingAfterTheCustomersYesAsTheCustomerWithoutASecondNotice() {
    BookingConfirmation friday = booking(28, 19);
    when(bookings.upcomingOfConversation(conversation)).thenReturn(List.of(friday));
    when(appointments.reschedule(eq(friday.bookingId()), any())).thenReturn(
        ChangeOutcome.applied("Moved: your table for 4 is now on Saturday, November 29 at"
            + " 8:00 PM."));

    PluginResult asked = say("can we move my booking to Saturday at 8pm?", "reschedule");

    assertThat(asked.replies()).containsExactly("Shall I move a table for 4 at Mario's Italian on"
        + " Friday, November 28 at 7:00 PM to Saturday, November 29 at 8:00 PM? Please answer yes"
        + " or no.");
    assertThat(asked.outputs()).containsEntry("stage", "managing")
        .containsEntry(SelfServiceDraft.AWAITING_VARIABLE, "confirm")
        .containsEntry(SelfServiceDraft.TARGET_VARIABLE, friday.bookingId().toString());
    verify(appointments, never()).reschedule(any(), any());

    PluginResult done = answer(asked, "yes", "affirm");

    verify(appointments).reschedule(friday.bookingId(),
        new RescheduleRequest("2031-11-29T20:00", "customer", false));
    assertThat(done.replies()).containsExactly("Moved: your table for 4 is now on Saturday,"
        + " November 29 at 8:00 PM.");
    assertThat(done.outputs()).containsEntry("stage", "open")
        .containsEntry(SelfServiceDraft.ACTION_VARIABLE, null);
  }

  @Test
  void asksForTheNewTimeThenWhichBookingWhenTheCustomerHasSeveral() {
    BookingConfirmation friday = booking(28, 19);
    BookingConfirmation sunday = booking(30, 13);
    when(bookings.upcomingOfConversation(conversation)).thenReturn(List.of(friday, sunday));

    PluginResult which = say("I need to reschedule my booking", "reschedule");
    assertThat(which.replies()).singleElement().asString()
        .startsWith("Which one do you mean?\n1. a table for 4 at Mario's Italian on Friday,"
            + " November 28 at 7:00 PM\n2. a table for 4 at Mario's Italian on Sunday, November"
            + " 30 at 1:00 PM");

    PluginResult time = answer(which, "the second one", "unknown");
    assertThat(time.replies()).containsExactly("To what time should I move a table for 4 at"
        + " Mario's Italian on Sunday, November 30 at 1:00 PM?");
    assertThat(time.outputs()).containsEntry(SelfServiceDraft.AWAITING_VARIABLE, "time");

    PluginResult confirm = answer(time, "3pm", "unknown");
    assertThat(confirm.replies()).singleElement().asString()
        .endsWith("to Sunday, November 30 at 3:00 PM? Please answer yes or no.");
  }

  @Test
  void aRefusedMoveSaysTheWorkflowsReasonAndKeepsTheBooking() {
    BookingConfirmation friday = booking(28, 19);
    when(bookings.upcomingOfConversation(conversation)).thenReturn(List.of(friday));
    when(appointments.reschedule(eq(friday.bookingId()), any())).thenReturn(
        ChangeOutcome.refused("Mario's Italian is closed on Mondays"));

    PluginResult asked = say("please move my table to Monday at 7pm", "reschedule");
    PluginResult refused = answer(asked, "yes", "affirm");

    assertThat(refused.replies()).containsExactly("I couldn't move it: Mario's Italian is closed"
        + " on Mondays. Your booking stays as it was: a table for 4 at Mario's Italian on Friday,"
        + " November 28 at 7:00 PM.");
    assertThat(refused.outputs()).containsEntry("stage", "open");
  }

  @Test
  void cancelsOnlyAfterAYesAndANoLeavesTheBooking() {
    BookingConfirmation friday = booking(28, 19);
    when(bookings.upcomingOfConversation(conversation)).thenReturn(List.of(friday));
    when(appointments.cancel(eq(friday.bookingId()), any())).thenReturn(ChangeOutcome.applied(
        "Your table for 4 on Friday, November 28 at 7:00 PM is cancelled."));

    PluginResult asked = say("please cancel my reservation", "cancel_booking");
    PluginResult declined = answer(asked, "no", "deny");

    assertThat(asked.replies()).containsExactly("Shall I cancel a table for 4 at Mario's Italian"
        + " on Friday, November 28 at 7:00 PM? Please answer yes or no.");
    assertThat(declined.replies()).containsExactly("All right, I've left everything as it is.");
    verify(appointments, never()).cancel(any(), any());

    PluginResult cancelled = answer(say("please cancel my reservation", "cancel_booking"), "yes",
        "affirm");

    verify(appointments).cancel(friday.bookingId(),
        new CancelRequest(null, false, "customer", false));
    assertThat(cancelled.replies())
        .containsExactly("Your table for 4 on Friday, November 28 at 7:00 PM is cancelled.");
  }

  @Test
  void checksInTodaysBookingOfThisConversationOnly() {
    BookingConfirmation mine = booking(24, 12);
    BookingConfirmation someoneElses = new BookingConfirmation(UUID.randomUUID(), MARIOS.id(),
        MARIOS.name(), UUID.randomUUID(), "Bo Chen", null, 2, at(24, 12), at(24, 13), ZONE,
        at(20, 12));
    when(bookings.onDay(MARIOS.id(), LocalDate.of(2031, 11, 24)))
        .thenReturn(List.of(someoneElses, mine));
    when(appointments.checkIn(eq(mine.bookingId()), any())).thenReturn(
        ChangeOutcome.refused("Check-in opens at 11:30 AM."),
        ChangeOutcome.applied("Checked in for your table for 4 at 12:00 PM. Enjoy!"));

    assertThat(say("I'm here", "check_in").replies())
        .containsExactly("I couldn't check you in: Check-in opens at 11:30 AM.");
    assertThat(say("we just arrived", "check_in").replies())
        .containsExactly("Checked in for your table for 4 at 12:00 PM. Enjoy!");
    verify(appointments, org.mockito.Mockito.times(2))
        .checkIn(mine.bookingId(), new CheckInRequest("customer"));
    verify(appointments, never()).checkIn(eq(someoneElses.bookingId()), any());
  }

  @Test
  void tellsWhereTheOrderIsAndCancelsOnlyOneThatIsStillOpen() {
    Order ready = order(Order.Status.READY);
    Order collected = order(Order.Status.PICKED_UP);
    when(orders.ofConversation(conversation)).thenReturn(List.of(ready, collected));
    when(orderWorkflows.status(OrderWorkflows.workflowId(ready.orderId())))
        .thenReturn(Optional.of(orderStatus("ready")));
    when(orderWorkflows.status(OrderWorkflows.workflowId(collected.orderId())))
        .thenReturn(Optional.of(orderStatus("picked-up")));
    when(orderWorkflows.cancel(eq(ready.orderId()), any())).thenReturn(ChangeOutcome.applied(
        "Order " + ready.orderId() + " is cancelled. The payment of $28 is refunded."));

    PluginResult where = say("where is my order?", "order_status");
    PluginResult asked = say("cancel my order", "cancel_order");
    PluginResult cancelled = answer(asked, "yes", "affirm");

    assertThat(where.replies()).singleElement().asString()
        .startsWith("Your orders, newest first:\n• 2 × Margherita ($14): $28 at Mario's Italian."
            + " It is ready for pick-up.\n")
        .endsWith("It was picked up.");
    assertThat(asked.replies()).containsExactly("Shall I cancel your order of 2 × Margherita"
        + " ($14): $28 at Mario's Italian? Please answer yes or no.");
    verify(orderWorkflows).cancel(ready.orderId(),
        new CancelRequest(null, false, "customer", false));
    assertThat(cancelled.replies()).singleElement().asString()
        .endsWith("is cancelled. The payment of $28 is refunded.");
  }

  @Test
  void aWorkflowServiceOutOfReachChangesNothingAndSaysSo() {
    BookingConfirmation friday = booking(28, 19);
    when(bookings.upcomingOfConversation(conversation)).thenReturn(List.of(friday));
    when(appointments.status(any())).thenThrow(new StatusRuntimeException(Status.UNAVAILABLE));
    when(appointments.cancel(eq(friday.bookingId()), any()))
        .thenThrow(new StatusRuntimeException(Status.UNAVAILABLE));

    PluginResult status = say("when is my appointment?", "booking_status");
    PluginResult cancel = answer(say("cancel my booking", "cancel_booking"), "yes", "affirm");

    assertThat(status.replies()).containsExactly("You have a table for 4 at Mario's Italian on"
        + " Friday, November 28 at 7:00 PM.");
    assertThat(cancel.replies()).containsExactly("I can't reach the booking system just now, so"
        + " nothing was changed; please try again in a moment.");
    assertThat(cancel.outputs()).containsEntry("stage", "open");
  }

  @Test
  void saysSoWhenTheConversationHasNothingToChange() {
    when(bookings.upcomingOfConversation(conversation)).thenReturn(List.of());
    when(orders.ofConversation(conversation)).thenReturn(List.of());

    assertThat(say("cancel my booking", "cancel_booking").replies()).containsExactly(
        "There is no upcoming booking made in this chat at Mario's Italian to cancel.");
    assertThat(say("where is my order?", "order_status").replies())
        .containsExactly("I can't find an order made in this chat at Mario's Italian.");
  }

  private PluginResult say(String message, String intent) {
    return run(variables, message, intent);
  }

  /** The next message, with what the previous turn kept. */
  private PluginResult answer(PluginResult previous, String message, String intent) {
    Map<String, Object> next = new HashMap<>(variables);
    previous.outputs().forEach((name, value) -> {
      if (value == null) {
        next.remove(name);
      } else {
        next.put(name, value);
      }
    });
    return run(next, message, intent);
  }

  private PluginResult run(Map<String, Object> vars, String message, String intent) {
    Map<String, Object> turn = new HashMap<>(vars);
    turn.put("message", message);
    turn.put("intent", intent);
    return plugin.execute(new TaskContext(conversation.toString(), "Task_SelfService", turn,
        Map.of()));
  }

  private BookingConfirmation booking(int day, int hour) {
    return new BookingConfirmation(UUID.randomUUID(), MARIOS.id(), MARIOS.name(), conversation,
        "Ana Lopez", null, 4, at(day, hour), at(day, hour + 1), ZONE, at(20, 12));
  }

  private Order order(Order.Status status) {
    return new Order(UUID.randomUUID(), MARIOS.id(), MARIOS.name(), conversation, "Ana Lopez",
        status, List.of(new Order.Line(UUID.randomUUID(), "Margherita", 1400, 2)), 2800, "USD",
        null, ZONE, at(24, 11), at(24, 11), null, null, null);
  }

  private static Instant at(int day, int hour) {
    return ZonedDateTime.of(2031, 11, day, hour, 0, 0, 0, ZONE).toInstant();
  }

  private static AppointmentStatus status(String stage, Instant nextReminder) {
    return new AppointmentStatus(stage, 0, 0, nextReminder.toEpochMilli(), 0, 0, null, List.of());
  }

  private static OrderStatus orderStatus(String stage) {
    return new OrderStatus(stage, null, null, null, List.of(), List.of());
  }
}
