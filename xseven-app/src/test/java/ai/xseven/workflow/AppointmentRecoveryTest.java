package ai.xseven.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import ai.xseven.business.BookingCancelled;
import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessService;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@TimeSkippingSlice
class AppointmentRecoveryTest {

  @MockitoBean BookingService bookingService;
  @MockitoBean BusinessService businessService;
  @Autowired AppointmentRecovery recovery;
  @Autowired AppointmentScheduler scheduler;
  @Autowired TestWorkflowEnvironment testEnv;
  @Autowired NotificationInbox inbox;

  @Test
  void rearmsUpcomingBookingsWithoutWorkflowAndLeavesRunningOnesAlone() {
    Instant now = Instant.ofEpochMilli(testEnv.currentTimeMillis());
    BookingConfirmation running = Bookings.tableFor4(now, Duration.ofDays(2));
    BookingConfirmation forgotten = Bookings.tableFor4(now, Duration.ofDays(3));
    String runningId = scheduler.start(running);
    inbox.awaitKey(running.conversationId(), runningId + "-confirmation");
    given(bookingService.upcoming()).willReturn(List.of(running, forgotten));

    recovery.rearmUpcomingAppointments();

    String forgottenId = AppointmentScheduler.workflowId(forgotten.bookingId());
    inbox.awaitKey(forgotten.conversationId(), forgottenId + "-confirmation");
    assertThat(scheduler.status(forgottenId)).isPresent();
    verify(bookingService).attachWorkflow(forgotten.bookingId(), forgottenId);
    assertThat(inbox.callsOf(running.conversationId())).hasSize(1);
  }

  @Test
  void aCheckedInBookingGetsItsWorkflowBackAndItsFollowUp() {
    Instant now = Instant.ofEpochMilli(testEnv.currentTimeMillis());
    BookingConfirmation checkedIn =
        Bookings.withStatus(Bookings.tableFor4(now, Duration.ofMinutes(10)), "CHECKED_IN");
    given(bookingService.upcoming()).willReturn(List.of(checkedIn));
    given(bookingService.find(checkedIn.bookingId())).willReturn(Optional.of(checkedIn));
    given(bookingService.markCompleted(checkedIn.bookingId()))
        .willReturn(Bookings.withStatus(checkedIn, "COMPLETED"));

    recovery.rearmUpcomingAppointments();
    String workflowId = AppointmentScheduler.workflowId(checkedIn.bookingId());
    // The new workflow knows of the check-in from the booking: no reminder, no no-show.
    assertThat(scheduler.status(workflowId).orElseThrow().stage()).isEqualTo("checked-in");
    testEnv.sleep(Duration.ofHours(5));

    inbox.awaitKey(checkedIn.conversationId(), workflowId + "-follow-up");
    verify(bookingService).markCompleted(checkedIn.bookingId());
    assertThat(scheduler.status(workflowId).orElseThrow().stage()).isEqualTo("completed");
    assertThat(inbox.alertsOf(checkedIn.businessId())).isEmpty();
    verify(bookingService, never()).markNoShow(checkedIn.bookingId());
  }

  @Test
  void aBookingThatCannotBeRearmedDoesNotStopTheOthers() {
    Instant now = Instant.ofEpochMilli(testEnv.currentTimeMillis());
    BookingConfirmation broken = Bookings.withoutBookedAt(now, Duration.ofDays(2));
    BookingConfirmation fine = Bookings.tableFor4(now, Duration.ofDays(2));
    given(bookingService.upcoming()).willReturn(List.of(broken, fine));

    recovery.rearmUpcomingAppointments();

    inbox.awaitKey(fine.conversationId(),
        AppointmentScheduler.workflowId(fine.bookingId()) + "-confirmation");
  }

  @Test
  void endsTheRunningWorkflowOfABookingCancelledWhileTemporalWasUnreachable() {
    Instant now = Instant.ofEpochMilli(testEnv.currentTimeMillis());
    BookingConfirmation cancelled = Bookings.tableFor4(now, Duration.ofDays(2));
    String workflowId = scheduler.start(cancelled);
    inbox.awaitKey(cancelled.conversationId(), workflowId + "-confirmation");
    given(bookingService.cancelledUpcoming())
        .willReturn(List.of(UUID.randomUUID(), cancelled.bookingId()));
    given(bookingService.cancel(cancelled.bookingId(), true))
        .willReturn(new BookingCancelled(cancelled.bookingId(), cancelled.businessId(),
            cancelled.conversationId(), cancelled.describe(), cancelled.startsAt()));
    given(bookingService.get(cancelled.bookingId()))
        .willReturn(Bookings.withStatus(cancelled, "CANCELLED"));

    recovery.rearmUpcomingAppointments();

    inbox.awaitKey(cancelled.conversationId(), workflowId + "-cancellation");
    await().atMost(Duration.ofSeconds(10))
        .until(() -> scheduler.status(workflowId).orElseThrow().stage().equals("cancelled"));
  }
}
