package ai.xseven.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@TimeSkippingSlice
class AppointmentRecoveryTest {

  @MockitoBean BookingService bookingService;
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

    String forgottenId = "appointment-" + forgotten.bookingId();
    inbox.awaitKey(forgotten.conversationId(), forgottenId + "-confirmation");
    assertThat(scheduler.status(forgottenId)).isPresent();
    assertThat(inbox.of(running.conversationId())).hasSize(1);
  }

  @Test
  void aBookingThatCannotBeRearmedDoesNotStopTheOthers() {
    Instant now = Instant.ofEpochMilli(testEnv.currentTimeMillis());
    BookingConfirmation broken = Bookings.withoutBookedAt(now, Duration.ofDays(2));
    BookingConfirmation fine = Bookings.tableFor4(now, Duration.ofDays(2));
    given(bookingService.upcoming()).willReturn(List.of(broken, fine));

    recovery.rearmUpcomingAppointments();

    inbox.awaitKey(fine.conversationId(), "appointment-" + fine.bookingId() + "-confirmation");
  }

  @Test
  void cancelsTheRunningWorkflowOfABookingCancelledWhileTemporalWasUnreachable() {
    Instant now = Instant.ofEpochMilli(testEnv.currentTimeMillis());
    BookingConfirmation cancelled = Bookings.tableFor4(now, Duration.ofDays(2));
    String workflowId = scheduler.start(cancelled);
    inbox.awaitKey(cancelled.conversationId(), workflowId + "-confirmation");
    given(bookingService.cancelledUpcoming())
        .willReturn(List.of(UUID.randomUUID(), cancelled.bookingId()));

    recovery.rearmUpcomingAppointments();

    inbox.awaitKey(cancelled.conversationId(), workflowId + "-cancellation");
    assertThat(scheduler.status(workflowId).orElseThrow().cancelled()).isTrue();
  }
}
