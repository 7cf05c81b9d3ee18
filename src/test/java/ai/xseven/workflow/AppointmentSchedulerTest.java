package ai.xseven.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The scheduler against a time-skipping server, wired the way application tests wire it. */
@TimeSkippingSlice
class AppointmentSchedulerTest {

  @MockitoBean BookingService bookingService;
  @Autowired AppointmentScheduler scheduler;
  @Autowired TestWorkflowEnvironment testEnv;
  @Autowired NotificationInbox inbox;

  @Test
  void startsTheBookingsWorkflowWhichConfirmsInItsConversation() {
    BookingConfirmation booking = bookingStartingIn(Duration.ofDays(3));

    String workflowId = scheduler.start(booking);

    assertThat(workflowId).isEqualTo("appointment-" + booking.bookingId());
    ConversationNotification confirmation =
        inbox.awaitKey(booking.conversationId(), workflowId + "-confirmation");
    assertThat(confirmation.kind()).isEqualTo("confirmation");
    assertThat(confirmation.text())
        .startsWith("Confirmed: your table for 4 at Mario's Italian on ");
  }

  @Test
  void startingTheSameBookingAgainKeepsTheOneWorkflow() {
    BookingConfirmation booking = bookingStartingIn(Duration.ofDays(3));
    String workflowId = scheduler.start(booking);
    inbox.awaitKey(booking.conversationId(), workflowId + "-confirmation");

    assertThat(scheduler.startIfNew(booking)).isFalse();
    assertThat(scheduler.start(booking)).isEqualTo(workflowId);
    assertThat(inbox.of(booking.conversationId())).hasSize(1);
  }

  @Test
  void remindersArriveAsTestTimeSkipsAhead() {
    BookingConfirmation booking = bookingStartingIn(Duration.ofHours(25));
    String workflowId = scheduler.start(booking);
    inbox.awaitKey(booking.conversationId(), workflowId + "-confirmation");

    testEnv.sleep(Duration.ofHours(2));

    ConversationNotification reminder =
        inbox.awaitKey(booking.conversationId(), workflowId + "-reminder-24h");
    assertThat(reminder.text()).startsWith("Reminder: your table for 4 at Mario's Italian is ");
    assertThat(scheduler.status(workflowId).orElseThrow().stage())
        .isEqualTo("awaiting-reminder-1h");
  }

  @Test
  void cancellingEndsTheWorkflowWithACancellation() {
    BookingConfirmation booking = bookingStartingIn(Duration.ofDays(3));
    String workflowId = scheduler.start(booking);
    inbox.awaitKey(booking.conversationId(), workflowId + "-confirmation");

    scheduler.cancel(workflowId, "the customer asked");

    inbox.awaitKey(booking.conversationId(), workflowId + "-cancellation");
    assertThat(scheduler.status(workflowId).orElseThrow())
        .extracting(AppointmentStatus::stage, AppointmentStatus::cancelled)
        .containsExactly("cancelled", true);
  }

  @Test
  void unknownWorkflowHasNoStatusAndCancellingItDoesNothing() {
    assertThat(scheduler.status("appointment-unknown")).isEmpty();

    scheduler.cancel("appointment-unknown", "nobody asked");
  }

  private BookingConfirmation bookingStartingIn(Duration ahead) {
    return Bookings.tableFor4(Instant.ofEpochMilli(testEnv.currentTimeMillis()), ahead);
  }
}
