package ai.xseven.frontdesk;

import static org.springframework.http.HttpHeaders.AUTHORIZATION;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessOwners;
import ai.xseven.workflow.AppointmentScheduler;
import ai.xseven.workflow.AppointmentStatus;
import ai.xseven.workflow.CancelRequest;
import ai.xseven.workflow.ChangeOutcome;
import ai.xseven.workflow.RescheduleRequest;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A booking's changes over HTTP, through its appointment workflow. The customer moves or cancels
 * without a token under the booking policy (cancellation window included); the business's owner
 * ({@code Authorization: Bearer <owner token>}) checks a customer in, moves a booking, and cancels
 * one, also inside the window with {@code override}. The workflow tells the customer. A refusal is
 * a 409 problem with the workflow's reason.
 */
@RestController
@RequestMapping("/api/v1/bookings/{bookingId}")
class BookingActionsController {

  private final BookingService bookings;
  private final AppointmentScheduler appointments;
  private final FrontDesk desk;
  private final BusinessOwners owners;

  BookingActionsController(BookingService bookings, AppointmentScheduler appointments,
      FrontDesk desk, BusinessOwners owners) {
    this.bookings = bookings;
    this.appointments = appointments;
    this.desk = desk;
    this.owners = owners;
  }

  /** The owner checks the customer in while the check-in window is open. */
  @PostMapping("/check-in")
  BookingOutcome checkIn(@PathVariable UUID bookingId,
      @RequestHeader(name = AUTHORIZATION, required = false) String authorization) {
    BookingConfirmation booking = bookings.get(bookingId);
    String owner = owners.requireOwner(authorization, booking.businessId());
    return outcome(booking, desk.checkIn(booking, owner), "Check-in refused");
  }

  /**
   * {@code {"startsAt": "2026-11-27T19:30"}}, the business's local time. Without a token the
   * customer moves it under the booking policy; with the owner's token the owner moves it (the
   * cancellation window does not hold them).
   */
  @PostMapping("/reschedule")
  BookingOutcome reschedule(@PathVariable UUID bookingId,
      @RequestBody(required = false) RescheduleBody body,
      @RequestHeader(name = AUTHORIZATION, required = false) String authorization) {
    if (body == null || body.startsAt() == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Send the new start as"
          + " startsAt, in the business's local time, e.g. {\"startsAt\": \"2026-11-27T19:30\"}.");
    }
    BookingConfirmation booking = bookings.get(bookingId);
    ChangeOutcome outcome = authorization == null
        ? appointments.reschedule(bookingId,
            new RescheduleRequest(body.startsAt().toString(), "customer", true))
        : desk.rescheduleBooking(booking, body.startsAt(),
            owners.requireOwner(authorization, booking.businessId()));
    return outcome(booking, outcome, "Move refused");
  }

  /**
   * Optional body {@code {"reason": "…", "override": true}}. Without a token the customer cancels
   * inside the cancellation window; {@code override} (owner token required) cancels outside it.
   * Cancelling a cancelled booking again changes nothing (200, {@code applied: false}).
   */
  @PostMapping("/cancel")
  BookingOutcome cancel(@PathVariable UUID bookingId,
      @RequestBody(required = false) CancelBody body,
      @RequestHeader(name = AUTHORIZATION, required = false) String authorization) {
    BookingConfirmation booking = bookings.get(bookingId);
    boolean override = body != null && Boolean.TRUE.equals(body.override());
    String reason = body == null ? null : body.reason();
    String owner = override || authorization != null
        ? owners.requireOwner(authorization, booking.businessId()) : null;
    if ("CANCELLED".equals(booking.status())) {
      return view(booking, ChangeOutcome.refused("That booking was already cancelled."));
    }
    ChangeOutcome outcome = owner == null
        ? appointments.cancel(bookingId, new CancelRequest(reason, false, "customer", true))
        : desk.cancelBooking(booking, reason, override, owner);
    return outcome(booking, outcome, "Cancellation refused");
  }

  private BookingOutcome outcome(BookingConfirmation booking, ChangeOutcome outcome,
      String refusal) {
    BookingConfirmation now = bookings.get(booking.bookingId());
    if (!outcome.applied()) {
      throw new ChangeRefusedByWorkflow(refusal, outcome.message(),
          Map.of("bookingId", now.bookingId(), "status", now.status()));
    }
    return view(now, outcome);
  }

  private BookingOutcome view(BookingConfirmation booking, ChangeOutcome outcome) {
    String workflowId = AppointmentScheduler.workflowId(booking.bookingId());
    return new BookingOutcome(booking.bookingId(), outcome.applied(), outcome.message(),
        booking.status(), booking.describe(), workflowId,
        appointments.status(workflowId).orElse(null));
  }

  record RescheduleBody(LocalDateTime startsAt) {}

  record CancelBody(String reason, Boolean override) {}

  /**
   * @param applied whether this request changed the booking
   * @param message what the workflow did, as a person reads it
   * @param status the booking's status now: {@code CONFIRMED}, {@code CHECKED_IN},
   *     {@code CANCELLED}, …
   * @param description what is booked and when, after the change
   * @param workflow the workflow's status query (stage, next reminder, notifications sent); null
   *     when the workflow is gone
   */
  record BookingOutcome(UUID bookingId, boolean applied, String message, String status,
      String description, String workflowId, AppointmentStatus workflow) {}
}
