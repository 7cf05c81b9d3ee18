package ai.xseven.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.business.Order;
import ai.xseven.business.OrderService;
import ai.xseven.plugin.PluginHarness;
import ai.xseven.plugin.PluginTools;
import ai.xseven.sdk.BusinessError;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The queryWorkflow and signalWorkflow plugins over the schedulers, which are mocked here. */
class WorkflowPluginsTest {

  private static final UUID BUSINESS = UUID.randomUUID();
  private static final UUID CONVERSATION = UUID.randomUUID();
  private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
  private static final Instant START = Instant.parse("2026-11-27T18:30:00Z");

  private final AppointmentScheduler appointments = mock(AppointmentScheduler.class);
  private final OrderWorkflows orderWorkflows = mock(OrderWorkflows.class);
  private final BookingService bookings = mock(BookingService.class);
  private final OrderService orders = mock(OrderService.class);
  private final WorkflowAccess access =
      new WorkflowAccess(appointments, orderWorkflows, bookings, orders);
  private final QueryWorkflowPlugin query = new QueryWorkflowPlugin(access);
  private final SignalWorkflowPlugin signal = new SignalWorkflowPlugin(access);
  private final PluginHarness harness = new PluginHarness().conversation(CONVERSATION.toString());
  private final Map<String, Object> variables = Map.of("businessId", BUSINESS.toString());

  private BookingConfirmation booking(UUID business, UUID conversation) {
    BookingConfirmation booking = new BookingConfirmation(UUID.randomUUID(), business, "Mario's",
        conversation, "Ana Lopez", null, 4, START, START.plusSeconds(5400), ZONE,
        START.minusSeconds(86400), null, "CONFIRMED", null);
    when(bookings.find(booking.bookingId())).thenReturn(Optional.of(booking));
    return booking;
  }

  private Order order() {
    Order order = new Order(UUID.randomUUID(), BUSINESS, "Mario's", CONVERSATION, "Ana Lopez",
        Order.Status.PLACED, List.of(), 2800, "USD", null, ZONE, START, START, null, null, null);
    when(orders.find(order.orderId())).thenReturn(Optional.of(order));
    return order;
  }

  @Test
  void queryTellsTheAppointmentsStageAndStartInTheBusinessesZone() {
    BookingConfirmation booking = booking(BUSINESS, CONVERSATION);
    String id = AppointmentScheduler.workflowId(booking.bookingId());
    when(appointments.status(id)).thenReturn(Optional.of(new AppointmentStatus("confirmed",
        START.toEpochMilli(), START.plusSeconds(5400).toEpochMilli(),
        START.minusSeconds(3600).toEpochMilli(), 0, 0, null, List.of())));

    PluginResult result = harness.run(query, Map.of("workflowId", id), variables);

    assertThat(result.outputs()).containsEntry("workflowKind", "appointment")
        .containsEntry("workflowStage", "confirmed")
        .containsEntry("workflowSummary", "The appointment is confirmed; it starts "
            + "2026-11-27T19:30 (Europe/Madrid), next reminder 2026-11-27T18:30 (Europe/Madrid).");
  }

  @Test
  void queryOfAnotherBusinessesWorkflowFindsNothing() {
    BookingConfirmation theirs = booking(UUID.randomUUID(), CONVERSATION);

    assertThatThrownBy(() -> harness.run(query,
        Map.of("workflowId", AppointmentScheduler.workflowId(theirs.bookingId())), variables))
        .isInstanceOf(BusinessError.class)
        .extracting(error -> ((BusinessError) error).code()).isEqualTo("WORKFLOW_NOT_FOUND");
    verifyNoInteractions(appointments);
  }

  @Test
  void anAgentReachesOnlyItsOwnConversationsWorkflowsButADiagramAnyOfTheBusiness() {
    BookingConfirmation other = booking(BUSINESS, UUID.randomUUID());
    String id = AppointmentScheduler.workflowId(other.bookingId());
    when(appointments.status(id)).thenReturn(Optional.of(new AppointmentStatus("checked-in",
        START.toEpochMilli(), START.toEpochMilli(), null, 0, 0, null, List.of())));

    assertThatThrownBy(() -> harness.task(PluginTools.TASK_ID)
        .run(query, Map.of("workflowId", id), variables))
        .isInstanceOf(BusinessError.class).hasMessageContaining("There is no workflow " + id);
    assertThat(harness.task("Task_OwnerReport").run(query, Map.of("workflowId", id), variables)
        .outputs()).containsEntry("workflowStage", "checked-in");
  }

  @Test
  void queryTellsAnOrdersStage() {
    Order order = order();
    when(orderWorkflows.status(OrderWorkflows.workflowId(order.orderId()))).thenReturn(
        Optional.of(new OrderStatus("preparing", null, null, null, List.of(), List.of())));

    PluginResult result = harness.run(query,
        Map.of("workflowId", OrderWorkflows.workflowId(order.orderId())), variables);

    assertThat(result.outputs()).containsEntry("workflowKind", "order")
        .containsEntry("workflowStage", "preparing")
        .containsEntry("workflowSummary", "The order is preparing.");
  }

  @Test
  void signalCancelsAnAppointmentThroughItsWorkflowAndWritesTheOutcome() {
    BookingConfirmation booking = booking(BUSINESS, CONVERSATION);
    CancelRequest expected = new CancelRequest("Kitchen closed", false, "system", false);
    when(appointments.cancel(booking.bookingId(), expected))
        .thenReturn(ChangeOutcome.refused("Too late to cancel."));

    PluginResult result = harness.run(signal, Map.of(
        "workflowId", AppointmentScheduler.workflowId(booking.bookingId()),
        "operation", "cancel", "reason", "Kitchen closed", "requestedBy", "system",
        "notifyCustomer", "false"), variables);

    assertThat(result.outputs()).containsEntry("workflowChangeApplied", false)
        .containsEntry("workflowChangeMessage", "Too late to cancel.");
  }

  @Test
  void signalReschedulesAnAppointmentAndMovesAnOrderOn() {
    BookingConfirmation booking = booking(BUSINESS, CONVERSATION);
    when(appointments.reschedule(any(), any())).thenReturn(ChangeOutcome.applied("Moved."));
    Order order = order();
    when(orderWorkflows.act(order.orderId(), OrderAction.START_PREPARING, null))
        .thenReturn(ChangeOutcome.applied("Preparing."));

    PluginResult moved = harness.run(signal, Map.of(
        "workflowId", AppointmentScheduler.workflowId(booking.bookingId()),
        "operation", "reschedule", "newStart", "2026-11-28T20:00"), variables);
    PluginResult preparing = harness.run(signal, Map.of(
        "workflowId", OrderWorkflows.workflowId(order.orderId()),
        "operation", "startPreparing", "requestedBy", "owner"), variables);

    verify(appointments).reschedule(booking.bookingId(),
        new RescheduleRequest("2026-11-28T20:00", "customer", true));
    assertThat(moved.outputs()).containsEntry("workflowChangeApplied", true);
    assertThat(preparing.outputs()).containsEntry("workflowChangeMessage", "Preparing.");
  }

  @Test
  void anOperationTheWorkflowDoesNotHaveIsAModellingError() {
    Order order = order();
    BookingConfirmation booking = booking(BUSINESS, CONVERSATION);

    assertThatThrownBy(() -> harness.run(signal, Map.of(
        "workflowId", OrderWorkflows.workflowId(order.orderId()), "operation", "checkIn"),
        variables))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("'checkIn' is not an operation of order workflows");
    assertThatThrownBy(() -> harness.run(signal, Map.of(
        "workflowId", AppointmentScheduler.workflowId(booking.bookingId()),
        "operation", "reschedule"), variables))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("reschedule needs 'New start'");
    assertThatThrownBy(() -> harness.run(signal, Map.of("workflowId", "booking-42",
        "operation", "cancel"), variables))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("'booking-42' is not a workflow id");
    assertThatThrownBy(() -> harness.run(signal, Map.of("workflowId", "order-1",
        "operation", "fly"), variables))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("'Operation' must be one of");
    verifyNoInteractions(appointments, orderWorkflows);
  }
}
