package ai.xseven.workflow;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessService;
import ai.xseven.business.WorkflowSettings;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.failure.TemporalFailure;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Starts, queries and changes the appointment workflow of a booking. */
@Service
public class AppointmentScheduler {

  private static final Logger log = LoggerFactory.getLogger(AppointmentScheduler.class);

  private final WorkflowClient client;
  private final String taskQueue;
  private final BookingService bookings;
  private final BusinessService businesses;

  AppointmentScheduler(WorkflowClient client, TemporalProperties properties,
      BookingService bookings, BusinessService businesses) {
    this.client = client;
    this.taskQueue = properties.taskQueue();
    this.bookings = bookings;
    this.businesses = businesses;
  }

  /** {@code appointment-<bookingId>}: one workflow per booking, whoever starts it. */
  public static String workflowId(UUID bookingId) {
    return "appointment-" + bookingId;
  }

  /**
   * Starts the booking's workflow unless it already runs (or ran), records its id on the booking,
   * and returns it either way. Call it outside the transaction that made the booking (or use
   * {@link #startAfterCommit}).
   */
  public String start(BookingConfirmation booking) {
    startIfNew(booking);
    attach(booking);
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

  /** As {@link #start}; whether this call started the workflow (false: it runs, or ran). */
  boolean rearm(BookingConfirmation booking) {
    boolean started = startIfNew(booking);
    attach(booking);
    return started;
  }

  /** Empty when no workflow has that id (the embedded server forgets finished ones on restart). */
  public Optional<AppointmentStatus> status(String workflowId) {
    return WorkflowCalls.ifExists(() -> stub(workflowId).status());
  }

  /**
   * Moves the booking's appointment through its workflow's {@code reschedule} update (the booking
   * policy decides); pending reminders move with it. A booking whose workflow is gone (the embedded
   * server forgot it) gets its workflow started again, which then moves it.
   *
   * @return applied, or refused with the reason a customer reads
   * @throws ai.xseven.business.NotFoundException when there is no such booking
   */
  public ChangeOutcome reschedule(UUID bookingId, RescheduleRequest request) {
    return change(bookingId, "moved", workflow -> workflow.reschedule(request));
  }

  /** Cancels through the workflow's {@code cancel} update; as {@link #reschedule} otherwise. */
  public ChangeOutcome cancel(UUID bookingId, CancelRequest request) {
    return change(bookingId, "cancelled", workflow -> workflow.cancel(request));
  }

  /** Checks the customer in while the check-in window is open. */
  public ChangeOutcome checkIn(UUID bookingId, CheckInRequest request) {
    return change(bookingId, "checked in", workflow -> workflow.checkIn(request));
  }

  /**
   * Tells the workflow of a booking that was cancelled outside it (through the API, or while
   * Temporal was away) to end, with a notice to the customer. Waits only until the workflow
   * accepted it: when the cancel came from the workflow itself, the booking's event arrives while
   * the workflow still waits for its own activity, and the workflow refuses the echo at once. A
   * workflow that has ended, or that the embedded server forgot, is left alone.
   */
  void endCancelledBooking(UUID bookingId) {
    UpdateOptions<ChangeOutcome> options =
        UpdateOptions.newBuilder(ChangeOutcome.class)
            .setUpdateName("cancel")
            .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
            .build();
    try {
      boolean sent = WorkflowCalls.ifExists(() -> client
              .newUntypedWorkflowStub(workflowId(bookingId))
              .startUpdate(options, new CancelRequest(null, true, "system", true)))
          .isPresent();
      if (!sent) {
        log.debug("Booking {} has no workflow to end", bookingId);
      }
    } catch (WorkflowUpdateException refused) {
      log.debug("The workflow of booking {} did not take the cancel: {}", bookingId,
          reason(refused));
    }
  }

  /**
   * Runs an update on the booking's workflow. When the workflow is gone and the booking still
   * holds its place, starts the workflow again and runs the update on it.
   */
  private ChangeOutcome change(UUID bookingId, String what,
      Function<AppointmentWorkflow, ChangeOutcome> update) {
    BookingConfirmation booking = bookings.get(bookingId);
    String workflowId = workflowId(bookingId);
    Optional<ChangeOutcome> outcome = update(workflowId, update);
    if (outcome.isPresent()) {
      return outcome.get();
    }
    if (!booking.active()) {
      return ChangeOutcome.refused(unchangeable(booking, what));
    }
    if (startIfNew(booking)) {
      log.info("Re-armed the forgotten workflow of booking {}", bookingId);
      attach(booking);
      outcome = update(workflowId, update);
    }
    return outcome.orElseGet(() -> ChangeOutcome.refused(
        "The appointment cannot be " + what + " just now; please try again later."));
  }

  /** The update's outcome, a validator's refusal, or empty when there is no workflow to run it. */
  private Optional<ChangeOutcome> update(String workflowId,
      Function<AppointmentWorkflow, ChangeOutcome> update) {
    return WorkflowCalls.update(() -> update.apply(stub(workflowId)),
        AppointmentScheduler::reason);
  }

  private static String unchangeable(BookingConfirmation booking, String what) {
    return switch (booking.status()) {
      case "CANCELLED" -> "That booking was cancelled; it cannot be " + what + ".";
      case "NO_SHOW" ->
          "That appointment was missed and its place released; it cannot be " + what + ".";
      case "COMPLETED" -> "That appointment is over; it cannot be " + what + ".";
      default -> "That booking cannot be " + what + ".";
    };
  }

  /** A validator's reason: the message of the exception it threw. */
  private static String reason(WorkflowUpdateException refused) {
    for (Throwable cause = refused.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof TemporalFailure failure && failure.getOriginalMessage() != null) {
        return failure.getOriginalMessage();
      }
    }
    return "The appointment cannot be changed now.";
  }

  private void attach(BookingConfirmation booking) {
    String workflowId = workflowId(booking.bookingId());
    if (workflowId.equals(booking.workflowId())) {
      return;
    }
    try {
      bookings.attachWorkflow(booking.bookingId(), workflowId);
    } catch (RuntimeException e) {
      // The id can always be made from the booking id; the column is for people reading it.
      log.warn("Could not record workflow {} on booking {}", workflowId, booking.bookingId(), e);
    }
  }

  private AppointmentWorkflow stub(String workflowId) {
    return client.newWorkflowStub(AppointmentWorkflow.class, workflowId);
  }

  /** The workflow's input: the booking, and its business's settings as they are now. */
  private AppointmentInput input(BookingConfirmation booking) {
    WorkflowSettings settings =
        businesses.workflowSettings(booking.businessId()).orElse(WorkflowSettings.DEFAULTS);
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
        settings.reminderOffsets().stream().map(Duration::toMinutes).map(Long::intValue).toList(),
        settings.checkInOpensMinutes(),
        settings.noShowAfterMinutes(),
        settings.followUpAfterMinutes(),
        booking.customerContact(),
        "CHECKED_IN".equals(booking.status()));
  }
}
