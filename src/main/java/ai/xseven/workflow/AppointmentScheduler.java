package ai.xseven.workflow;

import ai.xseven.business.BookingConfirmation;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Starts, queries and cancels the appointment workflow of a booking. */
@Service
public class AppointmentScheduler {

  private static final Logger log = LoggerFactory.getLogger(AppointmentScheduler.class);

  private final WorkflowClient client;
  private final String taskQueue;

  AppointmentScheduler(WorkflowClient client, TemporalProperties properties) {
    this.client = client;
    this.taskQueue = properties.taskQueue();
  }

  /** {@code appointment-<bookingId>}: one workflow per booking, whoever starts it. */
  public static String workflowId(UUID bookingId) {
    return "appointment-" + bookingId;
  }

  /**
   * Starts the booking's workflow unless it already runs (or ran), and returns its id either way.
   */
  public String start(BookingConfirmation booking) {
    startIfNew(booking);
    return workflowId(booking.bookingId());
  }

  /**
   * Starts the booking's workflow once the caller's transaction commits (at once when there is
   * none), so a turn that rolls back, taking the booking with it, never confirms a booking that
   * does not exist. The id is known before: it is made from the booking id. A start that fails
   * after commit is logged; {@code AppointmentRecovery} starts it at the next start-up.
   *
   * @return the workflow's id
   */
  public String startAfterCommit(BookingConfirmation booking) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return start(booking);
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            try {
              start(booking);
            } catch (RuntimeException e) {
              log.error("Could not start the workflow of booking {}", booking.bookingId(), e);
            }
          }
        });
    return workflowId(booking.bookingId());
  }

  /** Whether this call started the workflow: false when it was running or had run. */
  boolean startIfNew(BookingConfirmation booking) {
    AppointmentWorkflow workflow =
        client.newWorkflowStub(
            AppointmentWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId(booking.bookingId()))
                .setTaskQueue(taskQueue)
                .setWorkflowIdReusePolicy(
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .build());
    try {
      WorkflowClient.start(workflow::run, input(booking));
      return true;
    } catch (WorkflowExecutionAlreadyStarted alreadyStarted) {
      return false;
    }
  }

  /** Empty when no workflow has that id (the embedded server forgets finished ones on restart). */
  public Optional<AppointmentStatus> status(String workflowId) {
    return ifExists(() -> stub(workflowId).status());
  }

  /**
   * Moves the booking's appointment through its workflow's {@code reschedule} update (the booking
   * policy decides); pending reminders move with it. A booking whose workflow is gone (the embedded
   * server forgot it) is moved directly and its workflow started again.
   *
   * @return applied, or refused with the reason a customer reads
   * @throws ai.xseven.business.NotFoundException when there is no such booking
   */
  public ChangeOutcome reschedule(UUID bookingId, RescheduleRequest request) {
    throw new UnsupportedOperationException("issue 5");
  }

  /** Cancels through the workflow's {@code cancel} update; as {@link #reschedule} otherwise. */
  public ChangeOutcome cancel(UUID bookingId, CancelRequest request) {
    throw new UnsupportedOperationException("issue 5");
  }

  /** Checks the customer in while the check-in window is open. */
  public ChangeOutcome checkIn(UUID bookingId, CheckInRequest request) {
    throw new UnsupportedOperationException("issue 5");
  }

  private AppointmentWorkflow stub(String workflowId) {
    return client.newWorkflowStub(AppointmentWorkflow.class, workflowId);
  }

  private static <T> Optional<T> ifExists(Supplier<T> call) {
    try {
      return Optional.of(call.get());
    } catch (WorkflowNotFoundException notFound) {
      return Optional.empty();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static AppointmentInput input(BookingConfirmation booking) {
    String what =
        booking.serviceName() != null
            ? booking.serviceName() + " at " + booking.businessName()
            : "table for " + booking.partySize() + " at " + booking.businessName();
    return new AppointmentInput(
        booking.bookingId().toString(),
        booking.businessId().toString(),
        booking.conversationId() == null ? null : booking.conversationId().toString(),
        booking.customerName(),
        what,
        booking.startsAt().toEpochMilli(),
        booking.endsAt().toEpochMilli(),
        booking.bookedAt().toEpochMilli(),
        booking.zone().getId(),
        java.util.List.of(1440, 60),
        30,
        15,
        120);
  }
}
