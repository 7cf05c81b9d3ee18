package ai.xseven.workflow;

import static ai.xseven.workflow.Bookings.movedTo;
import static ai.xseven.workflow.Bookings.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import ai.xseven.business.BookingCancelled;
import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingRejectedException;
import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessService;
import ai.xseven.business.CancellationRefusedException;
import ai.xseven.business.NotFoundException;
import ai.xseven.business.WorkflowSettings;
import ai.xseven.notification.Notification;
import io.temporal.api.enums.v1.EventType;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The facade against a time-skipping server, wired the way the application wires it. */
@TimeSkippingSlice
class AppointmentSchedulerTest {

  @MockitoBean BookingService bookingService;
  @MockitoBean BusinessService businessService;
  @Autowired AppointmentScheduler scheduler;
  @Autowired TestWorkflowEnvironment testEnv;
  @Autowired NotificationInbox inbox;

  @Test
  void startsTheWorkflowWithItsBusinesssSettingsAndRecordsItOnTheBooking() {
    BookingConfirmation booking = known(bookingStartingIn(Duration.ofDays(3)));
    given(businessService.workflowSettings(booking.businessId()))
        .willReturn(Optional.of(new WorkflowSettings(
            List.of(Duration.ofMinutes(20), Duration.ofHours(3)), 10, 5, 60, 10, 30, 60,
            List.of("conversation"))));

    String workflowId = scheduler.start(booking);

    assertThat(workflowId).isEqualTo("appointment-" + booking.bookingId());
    Notification confirmation =
        inbox.awaitKey(booking.conversationId(), workflowId + "-confirmation");
    assertThat(confirmation.text()).startsWith("Confirmed: your table for 4 at Mario's Italian on ");
    verify(bookingService).attachWorkflow(booking.bookingId(), workflowId);
    AppointmentStatus status = scheduler.status(workflowId).orElseThrow();
    long startsAt = booking.startsAt().toEpochMilli();
    assertThat(status.nextReminderAtEpochMillis())
        .isEqualTo(startsAt - Duration.ofHours(3).toMillis());
    assertThat(status.checkInOpensAtEpochMillis())
        .isEqualTo(startsAt - Duration.ofMinutes(10).toMillis());
    assertThat(status.checkInClosesAtEpochMillis())
        .isEqualTo(startsAt + Duration.ofMinutes(5).toMillis());
  }

  @Test
  void startingTheSameBookingAgainKeepsTheOneWorkflow() {
    BookingConfirmation booking = known(bookingStartingIn(Duration.ofDays(3)));
    String workflowId = scheduler.start(booking);
    inbox.awaitKey(booking.conversationId(), workflowId + "-confirmation");

    assertThat(scheduler.startIfNew(booking)).isFalse();
    assertThat(scheduler.start(booking)).isEqualTo(workflowId);
    assertThat(inbox.callsOf(booking.conversationId())).hasSize(1);
  }

  @Test
  void reschedulingMovesTheBookingThroughItsWorkflow() {
    BookingConfirmation booking = started(bookingStartingIn(Duration.ofDays(3)));
    ZonedDateTime newStart = booking.startsAt().atZone(booking.zone()).plusDays(1).withHour(20)
        .withMinute(30).withSecond(0).withNano(0);
    given(bookingService.move(booking.bookingId(), newStart.toLocalDateTime(), false))
        .willReturn(movedTo(booking, newStart));

    ChangeOutcome outcome = scheduler.reschedule(booking.bookingId(),
        new RescheduleRequest(newStart.toLocalDateTime().toString(), "customer", true));

    assertThat(outcome.applied()).isTrue();
    assertThat(outcome.message()).startsWith("Moved: your table for 4 at Mario's Italian is now on ")
        .endsWith(" at 8:30 PM.");
    String workflowId = AppointmentScheduler.workflowId(booking.bookingId());
    assertThat(scheduler.status(workflowId).orElseThrow().startsAtEpochMillis())
        .isEqualTo(newStart.toInstant().toEpochMilli());
    inbox.awaitKey(booking.conversationId(),
        workflowId + "-moved-" + newStart.toInstant().toEpochMilli());
  }

  @Test
  void aMoveTheBookingPolicyRefusesIsRefusedWithItsReasonAndChangesNothing() {
    BookingConfirmation booking = started(bookingStartingIn(Duration.ofDays(3)));
    given(bookingService.move(any(), any(), anyBoolean()))
        .willThrow(new BookingRejectedException("Sorry, every chair is taken at that time."));
    String workflowId = AppointmentScheduler.workflowId(booking.bookingId());
    AppointmentStatus before = scheduler.status(workflowId).orElseThrow();

    ChangeOutcome outcome = scheduler.reschedule(booking.bookingId(),
        new RescheduleRequest("2031-01-01T10:00", "owner", true));

    assertThat(outcome)
        .isEqualTo(ChangeOutcome.refused("Sorry, every chair is taken at that time."));
    verify(bookingService).move(booking.bookingId(), LocalDateTime.of(2031, 1, 1, 10, 0), true);
    assertThat(scheduler.status(workflowId).orElseThrow()).isEqualTo(before);
  }

  @Test
  void aNewTimeThatIsNotATimeIsRefusedByTheWorkflowsValidator() {
    BookingConfirmation booking = started(bookingStartingIn(Duration.ofDays(3)));

    ChangeOutcome outcome = scheduler.reschedule(booking.bookingId(),
        new RescheduleRequest("tomorrow evening", "customer", true));

    assertThat(outcome).isEqualTo(
        ChangeOutcome.refused("'tomorrow evening' is not a date and time like 2026-11-27T19:30."));
    verify(bookingService, never()).move(any(), any(), anyBoolean());
  }

  @Test
  void cancellingInsideTheWindowEndsTheWorkflowWithACancellation() {
    BookingConfirmation booking = started(bookingStartingIn(Duration.ofDays(3)));
    given(bookingService.cancel(booking.bookingId(), false)).willReturn(cancelled(booking));

    ChangeOutcome outcome = scheduler.cancel(booking.bookingId(),
        new CancelRequest("plans changed", false, "customer", true));

    assertThat(outcome.applied()).isTrue();
    String workflowId = AppointmentScheduler.workflowId(booking.bookingId());
    assertThat(inbox.awaitKey(booking.conversationId(), workflowId + "-cancellation").text())
        .endsWith(" is cancelled (plans changed).");
    assertThat(scheduler.status(workflowId).orElseThrow())
        .extracting(AppointmentStatus::stage, AppointmentStatus::cancelReason)
        .containsExactly("cancelled", "plans changed");
  }

  @Test
  void aCancelOutsideTheWindowIsRefusedWithThePolicysReason() {
    BookingConfirmation booking = started(bookingStartingIn(Duration.ofHours(5)));
    String reason = "Bookings can be cancelled up to 24 hours before they start; please call"
        + " Mario's Italian on +39 06 1234.";
    given(bookingService.cancel(booking.bookingId(), false))
        .willThrow(new CancellationRefusedException(reason));

    ChangeOutcome outcome = scheduler.cancel(booking.bookingId(),
        new CancelRequest(null, false, "customer", true));

    assertThat(outcome).isEqualTo(ChangeOutcome.refused(reason));
    assertThat(scheduler.status(AppointmentScheduler.workflowId(booking.bookingId()))
        .orElseThrow().stage()).isEqualTo("confirmed");
  }

  @Test
  void theBookingsOwnCancelledEventDoesNotCancelItTwice() {
    BookingConfirmation booking = started(bookingStartingIn(Duration.ofDays(3)));
    // As AppointmentCancellation does after the booking's transaction commits, inside the activity.
    willAnswer(call -> {
      scheduler.endCancelledBooking(booking.bookingId());
      return cancelled(booking);
    }).given(bookingService).cancel(booking.bookingId(), false);

    ChangeOutcome outcome = scheduler.cancel(booking.bookingId(),
        new CancelRequest(null, false, "customer", true));

    assertThat(outcome.applied()).isTrue();
    String workflowId = AppointmentScheduler.workflowId(booking.bookingId());
    inbox.awaitKey(booking.conversationId(), workflowId + "-cancellation");
    verify(bookingService).cancel(booking.bookingId(), false);
    assertThat(inbox.callsOf(booking.conversationId()))
        .extracting(Notification::kind)
        .containsExactly("confirmation", "cancellation");
  }

  @Test
  void aBookingCancelledOutsideTheWorkflowEndsItWithANotice() {
    BookingConfirmation booking = started(bookingStartingIn(Duration.ofDays(3)));
    given(bookingService.cancel(booking.bookingId(), true)).willReturn(cancelled(booking));

    scheduler.endCancelledBooking(booking.bookingId());

    String workflowId = AppointmentScheduler.workflowId(booking.bookingId());
    inbox.awaitKey(booking.conversationId(), workflowId + "-cancellation");
    await().atMost(Duration.ofSeconds(10)).until(
        () -> scheduler.status(workflowId).orElseThrow().stage().equals("cancelled"));
    scheduler.endCancelledBooking(booking.bookingId()); // again: the workflow has ended
    assertThat(inbox.callsOf(booking.conversationId())).hasSize(2);
  }

  @Test
  void theCustomerChecksInWhileTheWindowIsOpen() {
    BookingConfirmation booking = started(bookingStartingIn(Duration.ofMinutes(20)));
    given(bookingService.markCheckedIn(booking.bookingId()))
        .willReturn(withStatus(booking, "CHECKED_IN"));

    ChangeOutcome outcome =
        scheduler.checkIn(booking.bookingId(), new CheckInRequest("customer"));

    assertThat(outcome.applied()).isTrue();
    assertThat(scheduler.status(AppointmentScheduler.workflowId(booking.bookingId()))
        .orElseThrow().stage()).isEqualTo("checked-in");
  }

  @Test
  void aBookingWhoseWorkflowWasForgottenGetsItBackAndTheMove() {
    BookingConfirmation booking = known(bookingStartingIn(Duration.ofDays(3)));
    ZonedDateTime newStart = booking.startsAt().atZone(booking.zone()).plusHours(1);
    given(bookingService.move(booking.bookingId(), newStart.toLocalDateTime(), false))
        .willReturn(movedTo(booking, newStart));

    ChangeOutcome outcome = scheduler.reschedule(booking.bookingId(),
        new RescheduleRequest(newStart.toLocalDateTime().toString(), "customer", false));

    assertThat(outcome.applied()).isTrue();
    String workflowId = AppointmentScheduler.workflowId(booking.bookingId());
    verify(bookingService).attachWorkflow(booking.bookingId(), workflowId);
    assertThat(scheduler.status(workflowId).orElseThrow().startsAtEpochMillis())
        .isEqualTo(newStart.toInstant().toEpochMilli());
  }

  @Test
  void aCancelledBookingWithoutAWorkflowIsNotStartedAgain() {
    BookingConfirmation booking =
        known(withStatus(bookingStartingIn(Duration.ofDays(3)), "CANCELLED"));

    ChangeOutcome outcome = scheduler.reschedule(booking.bookingId(),
        new RescheduleRequest("2031-01-01T10:00", "customer", true));

    assertThat(outcome)
        .isEqualTo(ChangeOutcome.refused("That booking was cancelled; it cannot be moved."));
    assertThat(scheduler.status(AppointmentScheduler.workflowId(booking.bookingId()))).isEmpty();
  }

  @Test
  void aCheckInAfterTheWorkflowEndedIsRefusedWithTheBookingsStatus() {
    BookingConfirmation booking = started(bookingStartingIn(Duration.ofDays(3)));
    given(bookingService.cancel(booking.bookingId(), true)).willReturn(cancelled(booking));
    scheduler.cancel(booking.bookingId(), new CancelRequest(null, true, "owner", false));
    known(withStatus(booking, "CANCELLED"));
    String workflowId = AppointmentScheduler.workflowId(booking.bookingId());
    await().atMost(Duration.ofSeconds(10)).until(() -> ended(workflowId));

    ChangeOutcome outcome =
        scheduler.checkIn(booking.bookingId(), new CheckInRequest("customer"));

    assertThat(outcome).isEqualTo(
        ChangeOutcome.refused("That booking was cancelled; it cannot be checked in."));
  }

  @Test
  void anUnknownBookingIsNotFound() {
    UUID unknown = UUID.randomUUID();
    given(bookingService.get(unknown)).willThrow(NotFoundException.class);

    assertThatThrownBy(() -> scheduler.cancel(unknown, new CancelRequest(null, false, "customer",
        true))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void anUnknownWorkflowHasNoStatus() {
    assertThat(scheduler.status("appointment-unknown")).isEmpty();
  }

  private BookingConfirmation bookingStartingIn(Duration ahead) {
    return Bookings.tableFor4(Instant.ofEpochMilli(testEnv.currentTimeMillis()), ahead);
  }

  private BookingConfirmation known(BookingConfirmation booking) {
    given(bookingService.get(booking.bookingId())).willReturn(booking);
    given(bookingService.find(booking.bookingId())).willReturn(Optional.of(booking));
    return booking;
  }

  /** A known booking with its workflow running and its confirmation sent. */
  private BookingConfirmation started(BookingConfirmation booking) {
    known(booking);
    String workflowId = scheduler.start(booking);
    inbox.awaitKey(booking.conversationId(), workflowId + "-confirmation");
    return booking;
  }

  private boolean ended(String workflowId) {
    return testEnv.getWorkflowClient().fetchHistory(workflowId).getLastEvent().getEventType()
        == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED;
  }

  private static BookingCancelled cancelled(BookingConfirmation booking) {
    return new BookingCancelled(booking.bookingId(), booking.businessId(),
        booking.conversationId(), booking.describe(), booking.startsAt());
  }
}
