package ai.xseven.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessService;
import ai.xseven.sdk.PluginContext;
import ai.xseven.support.TaskContext;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

@TimeSkippingSlice
class StartAppointmentPluginTest {

  @MockitoBean BookingService bookingService;
  @MockitoBean BusinessService businessService;
  @Autowired StartAppointmentPlugin plugin;
  @Autowired AppointmentScheduler scheduler;
  @Autowired TestWorkflowEnvironment testEnv;
  @Autowired NotificationInbox inbox;

  @Test
  void startsTheWorkflowAndTellsTheConversationItsId() {
    BookingConfirmation booking = knownBooking();
    String workflowId = "appointment-" + booking.bookingId();

    PluginResult result = plugin.execute(context(booking));

    assertThat(result.outputs()).containsExactly(Map.entry("workflowId", workflowId));
    assertThat(result.replies()).isEmpty();
    assertThat(inbox.started(booking.conversationId()))
        .containsExactly(
            new WorkflowStarted(
                booking.conversationId(), booking.bookingId().toString(), workflowId));
    inbox.awaitKey(booking.conversationId(), workflowId + "-confirmation");
  }

  @Test
  void insideATransactionStartsTheWorkflowOnlyAfterCommit() {
    BookingConfirmation booking = knownBooking();
    String workflowId = "appointment-" + booking.bookingId();
    TransactionSynchronizationManager.initSynchronization();
    try {
      plugin.execute(context(booking));
      assertThat(scheduler.status(workflowId)).isEmpty();

      TransactionSynchronizationUtils.invokeAfterCommit(
          TransactionSynchronizationManager.getSynchronizations());
    } finally {
      TransactionSynchronizationManager.clearSynchronization();
    }

    inbox.awaitKey(booking.conversationId(), workflowId + "-confirmation");
  }

  @Test
  void anUnknownBookingIsAModellingError() {
    UUID unknown = UUID.randomUUID();
    given(bookingService.find(unknown)).willReturn(Optional.empty());

    assertThatThrownBy(() -> plugin.execute(context(UUID.randomUUID(), unknown.toString())))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("Task_StartAppointment")
        .hasMessageContaining(unknown.toString());
  }

  private BookingConfirmation knownBooking() {
    BookingConfirmation booking =
        Bookings.tableFor4(Instant.ofEpochMilli(testEnv.currentTimeMillis()), Duration.ofDays(2));
    given(bookingService.find(booking.bookingId())).willReturn(Optional.of(booking));
    return booking;
  }

  private static PluginContext context(BookingConfirmation booking) {
    return context(booking.conversationId(), booking.bookingId().toString());
  }

  private static PluginContext context(UUID conversationId, String bookingId) {
    return new TaskContext(conversationId.toString(), "Task_StartAppointment",
        Map.of("bookingId", bookingId), Map.of());
  }
}
