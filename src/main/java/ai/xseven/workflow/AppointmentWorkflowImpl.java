package ai.xseven.workflow;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Confirms, reminds at T-24h and T-1h on durable timers, and ends at the start or on cancel. Public
 * only because Temporal instantiates it reflectively.
 *
 * <p>Every notification has a key made from the booking id, so a workflow started again after a
 * restart (the embedded server forgets everything) repeats keys the transcript already holds rather
 * than sending the same message twice.
 */
public class AppointmentWorkflowImpl implements AppointmentWorkflow {

  // A notification must never be missed: retry without limit, backing off to once a minute.
  private final ActivityOptions notificationOptions =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofSeconds(30))
          .setRetryOptions(
              RetryOptions.newBuilder()
                  .setInitialInterval(Duration.ofSeconds(1))
                  .setBackoffCoefficient(2)
                  .setMaximumInterval(Duration.ofMinutes(1))
                  .setMaximumAttempts(0)
                  .build())
          .build();

  private final AppointmentActivities activities =
      Workflow.newActivityStub(AppointmentActivities.class, notificationOptions);

  private final List<String> sent = new ArrayList<>();
  private String stage = "starting";
  private long startsAt;
  private boolean cancelled;
  private String cancelReason;

  @Override
  public void run(AppointmentInput input) {
    startsAt = input.startsAtEpochMillis();
    AppointmentMessages messages = new AppointmentMessages(input);
    notify(input, "confirmation", "confirmation", messages.confirmation());
    for (Reminder reminder : Reminder.values()) {
      long dueAt = reminder.dueAt(startsAt);
      if (dueAt < input.bookedAtEpochMillis()) {
        continue; // already past when the booking was made: never promised
      }
      stage = "awaiting-" + reminder.key;
      if (cancelledBefore(dueAt)) {
        break;
      }
      long now = Workflow.currentTimeMillis();
      if (now < reminder.staleAt(startsAt)) {
        notify(input, reminder.key, "reminder", messages.reminder(reminder, now));
      }
    }
    if (!cancelled) {
      stage = "awaiting-start";
      cancelledBefore(startsAt);
    }
    if (cancelled) {
      notify(input, "cancellation", "cancellation", messages.cancellation(cancelReason));
      stage = "cancelled";
    } else {
      stage = "due";
    }
  }

  @Override
  public AppointmentStatus status() {
    throw new UnsupportedOperationException("issue 5: rewritten by the appointment lifecycle");
  }

  @Override
  public ChangeOutcome reschedule(RescheduleRequest request) {
    throw new UnsupportedOperationException("issue 5");
  }

  @Override
  public void validateReschedule(RescheduleRequest request) {}

  @Override
  public ChangeOutcome cancel(CancelRequest request) {
    cancelled = true;
    cancelReason = request.reason();
    return ChangeOutcome.applied("cancelled");
  }

  @Override
  public void validateCancel(CancelRequest request) {}

  @Override
  public ChangeOutcome checkIn(CheckInRequest request) {
    throw new UnsupportedOperationException("issue 5");
  }

  @Override
  public void validateCheckIn(CheckInRequest request) {}

  /** Waits on a durable timer until the given time; a cancel signal wakes it early. */
  private boolean cancelledBefore(long epochMillis) {
    long wait = epochMillis - Workflow.currentTimeMillis();
    if (wait > 0 && !cancelled) {
      Workflow.await(Duration.ofMillis(wait), () -> cancelled);
    }
    return cancelled;
  }

  private void notify(AppointmentInput input, String what, String kind, String text) {
    UUID conversationId =
        input.conversationId() == null ? null : UUID.fromString(input.conversationId());
    String dedupKey = "appointment-" + input.bookingId() + "-" + what;
    activities.notifyConversation(
        new ConversationNotification(conversationId, dedupKey, kind, text));
    sent.add(what);
  }
}
