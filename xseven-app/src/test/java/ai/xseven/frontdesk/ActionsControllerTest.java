package ai.xseven.frontdesk;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessOwners;
import ai.xseven.business.Order;
import ai.xseven.business.OrderService;
import ai.xseven.workflow.AppointmentScheduler;
import ai.xseven.workflow.CancelRequest;
import ai.xseven.workflow.ChangeOutcome;
import ai.xseven.workflow.OrderAction;
import ai.xseven.workflow.OrderWorkflows;
import ai.xseven.workflow.RescheduleRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.server.ResponseStatusException;

/**
 * The booking and order endpoints with the workflows mocked: who may do what, which request the
 * workflow gets, and a refusal as a 409 problem with the workflow's reason.
 */
class ActionsControllerTest {

  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final UUID BUSINESS = UUID.randomUUID();
  private static final String TOKEN = "Bearer owner-token";
  private static final String OWNER = "owner:" + BUSINESS + "/test";

  private final BookingService bookings = mock(BookingService.class);
  private final OrderService orders = mock(OrderService.class);
  private final AppointmentScheduler appointments = mock(AppointmentScheduler.class);
  private final OrderWorkflows orderWorkflows = mock(OrderWorkflows.class);
  private final FrontDesk desk = mock(FrontDesk.class);
  private final BusinessOwners owners = mock(BusinessOwners.class);
  private final MockMvc mvc = MockMvcBuilders
      .standaloneSetup(new BookingActionsController(bookings, appointments, desk, owners),
          new OrderActionsController(orders, orderWorkflows, desk, owners))
      .setControllerAdvice(new FrontDeskProblems())
      .build();

  private final BookingConfirmation booking = booking("CONFIRMED");
  private final Order order = order(Order.Status.PLACED);

  @BeforeEach
  void records() {
    when(bookings.get(booking.bookingId())).thenReturn(booking);
    when(orders.get(order.orderId())).thenReturn(order);
    when(owners.requireOwner(TOKEN, BUSINESS)).thenReturn(OWNER);
    when(owners.requireOwner(isNull(), eq(BUSINESS)))
        .thenThrow(new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign-in required"));
  }

  @Test
  void theOwnerChecksACustomerInAndGetsTheOutcomeWithTheCurrentStatus() throws Exception {
    when(desk.checkIn(booking, OWNER)).thenReturn(ChangeOutcome.applied("Checked in. Enjoy!"));

    mvc.perform(post("/api/v1/bookings/{id}/check-in", booking.bookingId())
            .header("Authorization", TOKEN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.applied").value(true))
        .andExpect(jsonPath("$.message").value("Checked in. Enjoy!"))
        .andExpect(jsonPath("$.status").value("CONFIRMED"))
        .andExpect(jsonPath("$.workflowId").value("appointment-" + booking.bookingId()));
  }

  @Test
  void checkingInNeedsTheOwnerToken() throws Exception {
    mvc.perform(post("/api/v1/bookings/{id}/check-in", booking.bookingId()))
        .andExpect(status().isUnauthorized());

    verifyNoInteractions(desk);
  }

  @Test
  void aCustomerMovesUnderThePolicyAndTheOwnerAsOwner() throws Exception {
    when(appointments.reschedule(eq(booking.bookingId()), any()))
        .thenReturn(ChangeOutcome.applied("Moved."));
    when(desk.rescheduleBooking(booking, LocalDateTime.of(2031, 11, 29, 20, 0), OWNER))
        .thenReturn(ChangeOutcome.applied("Moved by the owner."));
    String body = "{\"startsAt\": \"2031-11-29T20:00\"}";

    mvc.perform(post("/api/v1/bookings/{id}/reschedule", booking.bookingId())
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk()).andExpect(jsonPath("$.message").value("Moved."));
    mvc.perform(post("/api/v1/bookings/{id}/reschedule", booking.bookingId())
            .header("Authorization", TOKEN).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk()).andExpect(jsonPath("$.message").value("Moved by the owner."));

    verify(appointments).reschedule(booking.bookingId(),
        new RescheduleRequest("2031-11-29T20:00", "customer", true));
  }

  @Test
  void aMoveWithoutANewStartIsABadRequest() throws Exception {
    mvc.perform(post("/api/v1/bookings/{id}/reschedule", booking.bookingId())
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest());

    verifyNoInteractions(appointments, desk);
  }

  @Test
  void aRefusedCancellationIsAConflictWithTheWorkflowsReason() throws Exception {
    when(appointments.cancel(eq(booking.bookingId()), any())).thenReturn(ChangeOutcome.refused(
        "Bookings can be cancelled up to 24 hours before they start."));

    mvc.perform(post("/api/v1/bookings/{id}/cancel", booking.bookingId()))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Cancellation refused"))
        .andExpect(jsonPath("$.detail")
            .value("Bookings can be cancelled up to 24 hours before they start."))
        .andExpect(jsonPath("$.bookingId").value(booking.bookingId().toString()))
        .andExpect(jsonPath("$.status").value("CONFIRMED"));
    verify(appointments).cancel(booking.bookingId(),
        new CancelRequest(null, false, "customer", true));
  }

  @Test
  void theOverrideNeedsTheOwnerTokenAndGoesThroughTheFrontDesk() throws Exception {
    when(desk.cancelBooking(booking, "kitchen flooded", true, OWNER))
        .thenReturn(ChangeOutcome.applied("Cancelled."));
    String body = "{\"reason\": \"kitchen flooded\", \"override\": true}";

    mvc.perform(post("/api/v1/bookings/{id}/cancel", booking.bookingId())
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnauthorized());
    mvc.perform(post("/api/v1/bookings/{id}/cancel", booking.bookingId())
            .header("Authorization", TOKEN).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk()).andExpect(jsonPath("$.applied").value(true));

    verify(appointments, never()).cancel(any(), any());
  }

  @Test
  void cancellingACancelledBookingAgainChangesNothing() throws Exception {
    BookingConfirmation cancelled = booking("CANCELLED");
    when(bookings.get(cancelled.bookingId())).thenReturn(cancelled);

    mvc.perform(post("/api/v1/bookings/{id}/cancel", cancelled.bookingId()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.applied").value(false))
        .andExpect(jsonPath("$.status").value("CANCELLED"));

    verifyNoInteractions(desk);
  }

  @Test
  void theOwnerMovesAnOrderOnAndAStepThatDoesNotFitIsAConflict() throws Exception {
    when(desk.moveOrderOn(order, OrderAction.ACCEPT, null, OWNER))
        .thenReturn(ChangeOutcome.applied("Order is accepted; the customer is told."));
    when(desk.moveOrderOn(order, OrderAction.MARK_READY, null, OWNER))
        .thenReturn(ChangeOutcome.refused("Order is not being prepared yet; it cannot be marked"
            + " ready."));

    mvc.perform(post("/api/v1/orders/{id}/accept", order.orderId()).header("Authorization", TOKEN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.message").value("Order is accepted; the customer is told."))
        .andExpect(jsonPath("$.status").value("PLACED"))
        .andExpect(jsonPath("$.order.customerName").value("Ana Lopez"));
    mvc.perform(post("/api/v1/orders/{id}/ready", order.orderId()).header("Authorization", TOKEN))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("Order step refused"))
        .andExpect(jsonPath("$.detail")
            .value("Order is not being prepared yet; it cannot be marked ready."));
  }

  @Test
  void orderStepsNeedTheOwnerAndARejectionNeedsAReason() throws Exception {
    mvc.perform(post("/api/v1/orders/{id}/accept", order.orderId()))
        .andExpect(status().isUnauthorized());
    mvc.perform(post("/api/v1/orders/{id}/reject", order.orderId()).header("Authorization", TOKEN))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/api/v1/orders/{id}/eat", order.orderId()).header("Authorization", TOKEN))
        .andExpect(status().isNotFound());

    verifyNoInteractions(desk);
  }

  @Test
  void theCustomerCancelsAnOrderThroughItsWorkflow() throws Exception {
    when(orderWorkflows.cancel(eq(order.orderId()), any()))
        .thenReturn(ChangeOutcome.applied("Order is cancelled. Nothing was charged."));
    when(orderWorkflows.status(OrderWorkflows.workflowId(order.orderId())))
        .thenReturn(Optional.empty());

    mvc.perform(post("/api/v1/orders/{id}/cancel", order.orderId())
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"running late\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.applied").value(true))
        .andExpect(jsonPath("$.message").value("Order is cancelled. Nothing was charged."));

    verify(orderWorkflows).cancel(order.orderId(),
        new CancelRequest("running late", false, "customer", true));
    verifyNoInteractions(desk);
  }

  @Test
  void anUnreachableWorkflowServiceIsAServiceUnavailableProblem() throws Exception {
    when(desk.checkIn(booking, OWNER)).thenThrow(new StatusRuntimeException(Status.UNAVAILABLE));

    mvc.perform(post("/api/v1/bookings/{id}/check-in", booking.bookingId())
            .header("Authorization", TOKEN))
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.title").value("Workflows unavailable"))
        .andExpect(jsonPath("$.detail").value(containsString(
            "nothing was changed")));
  }

  private static BookingConfirmation booking(String status) {
    Instant start = Instant.parse("2031-11-29T00:00:00Z");
    return new BookingConfirmation(UUID.randomUUID(), BUSINESS, "Mario's Italian",
        UUID.randomUUID(), "Ana Lopez", null, 4, start, start.plusSeconds(5400), ZONE,
        start.minusSeconds(864_000), null, status, null);
  }

  private static Order order(Order.Status status) {
    Instant placed = Instant.parse("2031-11-24T17:00:00Z");
    return new Order(UUID.randomUUID(), BUSINESS, "Mario's Italian", UUID.randomUUID(),
        "Ana Lopez", status, List.of(new Order.Line(UUID.randomUUID(), "Lasagna", 1800, 1)), 1800,
        "USD", null, ZONE, placed, placed, null, null, null);
  }
}
