package ai.xseven.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.Order;
import ai.xseven.frontdesk.FrontDesk;
import ai.xseven.sdk.PluginContext;
import ai.xseven.support.TaskContext;
import ai.xseven.sdk.PluginResult;
import ai.xseven.workflow.ChangeOutcome;
import ai.xseven.workflow.OrderAction;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The owner's operations in the dashboard chat, the front desk (and so the workflows) mocked. */
class FrontDeskPluginTest {

  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final BusinessProfile MARIOS = new BusinessProfile(UUID.randomUUID(),
      "marios-italian", "Mario's Italian", BusinessKind.RESTAURANT, "", "downtown",
      "12 Main Street", "+1 555 0100", ZONE, 50, 90);
  private static final String OWNER = "owner:" + MARIOS.id() + "/test";

  private final FrontDesk desk = mock(FrontDesk.class);
  private final BusinessService businesses = mock(BusinessService.class);
  private final FrontDeskPlugin plugin = new FrontDeskPlugin(desk, new OwnerBusiness(businesses));

  private final Order anaPlaced = order("Ana Lopez", Order.Status.PLACED);
  private final Order anaPreparing = order("Ana Lopez", Order.Status.PREPARING);
  private final Order bo = order("Bo Chen", Order.Status.ACCEPTED);

  @BeforeEach
  void business() {
    when(businesses.find(MARIOS.id())).thenReturn(Optional.of(MARIOS));
    when(desk.openOrders(MARIOS.id())).thenReturn(List.of(anaPlaced, anaPreparing, bo));
  }

  @Test
  void marksTheNamedCustomersOrderReadyAndSaysWhatTheWorkflowDid() {
    when(desk.moveOrderOn(anaPreparing, OrderAction.MARK_READY, null, OWNER)).thenReturn(
        ChangeOutcome.applied("Order " + anaPreparing.orderId() + " is ready; the customer is"
            + " told to pick it up."));

    // Ana has two open orders: only the one being prepared can become ready.
    PluginResult result = run("order for Ana is ready", "ready", null);

    assertThat(result.replies()).containsExactly("Done: Order " + anaPreparing.orderId()
        + " is ready; the customer is told to pick it up.");
    assertThat(result.outputs()).containsEntry(FrontDeskPlugin.OPERATION, null);
  }

  @Test
  void aStepTheWorkflowRefusesChangesNothingAndSaysWhy() {
    when(desk.moveOrderOn(bo, OrderAction.ACCEPT, null, OWNER)).thenReturn(ChangeOutcome.refused(
        "Order " + bo.orderId() + " is already accepted."));

    PluginResult result = run("accept Bo's order", "accept", null);

    assertThat(result.replies()).containsExactly("I can't do that: Order " + bo.orderId()
        + " is already accepted. Nothing was changed.");
  }

  @Test
  void aMessageThatNamesNoOpenOrderListsThemAndDoesNothing() {
    PluginResult result = run("accept Carla's order", "accept", null);

    assertThat(result.replies()).singleElement().asString()
        .startsWith("Which order do you mean? The open orders are:\n• "
            + "#" + anaPlaced.orderId().toString().substring(0, 8) + " Ana Lopez: 1 × Lasagna ($18)")
        .contains("(placed)", "(preparing)", "Bo Chen")
        .endsWith("Say the customer's name or the first characters of the id.");
    verify(desk).openOrders(MARIOS.id());
    verifyNoMoreInteractions(desk);
  }

  @Test
  void rejectsWithTheOwnersReason() {
    when(desk.moveOrderOn(any(), any(), any(), any()))
        .thenReturn(ChangeOutcome.applied("Order is rejected; the customer is told."));

    run("reject order " + anaPlaced.orderId().toString().substring(0, 8)
        + " because we're out of lasagna", "reject", "we're out of lasagna");

    verify(desk).moveOrderOn(anaPlaced, OrderAction.REJECT, "we're out of lasagna", OWNER);
  }

  @Test
  void checksInTodaysBookingAndCancelsAnUpcomingOneWithTheOverride() {
    BookingConfirmation boToday = booking("Bo Chen");
    BookingConfirmation anaLater = booking("Ana Lopez");
    when(desk.bookingsToday(MARIOS.id())).thenReturn(List.of(boToday));
    when(desk.activeBookings(MARIOS.id())).thenReturn(List.of(boToday, anaLater));
    when(desk.checkIn(boToday, OWNER)).thenReturn(ChangeOutcome.applied(
        "Checked in for your table for 2 at 7:00 PM. Enjoy!"));
    when(desk.cancelBooking(anaLater, "she called", true, OWNER)).thenReturn(
        ChangeOutcome.applied("Your table for 2 on Friday is cancelled (she called)."));

    assertThat(run("check in Bo", "check-in", null).replies())
        .containsExactly("Done: Checked in for your table for 2 at 7:00 PM. Enjoy!");
    assertThat(run("cancel Ana's booking because she called", "cancel-booking", "she called")
        .replies())
        .containsExactly("Done: Your table for 2 on Friday is cancelled (she called).");
  }

  @Test
  void listsTheOpenOrdersAndTodaysBookings() {
    when(desk.bookingsToday(MARIOS.id())).thenReturn(List.of(booking("Bo Chen")));

    String reply = run("what orders are open?", "open-orders", null).replies().get(0);

    assertThat(reply).startsWith("3 open orders:\n• ").contains("\nToday's bookings:\n• ")
        .contains("table for 2, Bo Chen (confirmed)");
  }

  private PluginResult run(String message, String operation, String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("message", message);
    variables.put("businessId", MARIOS.id().toString());
    variables.put("actor", OWNER);
    variables.put(FrontDeskPlugin.OPERATION, operation);
    if (reason != null) {
      variables.put(FrontDeskPlugin.REASON, reason);
    }
    return plugin.execute(context(variables));
  }

  private static Order order(String customer, Order.Status status) {
    Instant placed = Instant.parse("2031-11-24T17:00:00Z");
    return new Order(UUID.randomUUID(), MARIOS.id(), MARIOS.name(), UUID.randomUUID(), customer,
        status, List.of(new Order.Line(UUID.randomUUID(), "Lasagna", 1800, 1)), 1800, "USD", null,
        ZONE, placed, placed, "order-x", null, null);
  }

  private static BookingConfirmation booking(String customer) {
    Instant start = ZonedDateTime.of(2031, 11, 28, 19, 0, 0, 0, ZONE).toInstant();
    return new BookingConfirmation(UUID.randomUUID(), MARIOS.id(), MARIOS.name(),
        UUID.randomUUID(), customer, null, 2, start, start.plusSeconds(5400), ZONE,
        start.minusSeconds(86_400));
  }

  private static PluginContext context(Map<String, Object> variables) {
    return new TaskContext("conversation-1", "Task_FrontDesk", variables, Map.of());
  }
}
