package ai.xseven.workflow;

import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import io.temporal.workflow.WorkflowLock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Queue;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * An appointment from confirmation to follow-up, on durable timers. The main loop sends what is
 * due, then waits for the next thing to do (a reminder, the check-in window, the no-show deadline)
 * or for an update to change the plan. Public only because Temporal instantiates it reflectively.
 *
 * <p>Reminders' dedup keys carry the start they were about, so a moved appointment gets its
 * reminders again at the new time while a retry or a re-armed workflow never repeats one.
 *
 * <p>Updates change the booking through activities under one lock, so a reschedule, a cancel, a
 * check-in and the no-show deadline never act on the booking at the same time; each looks at the
 * stage again once it holds the lock.
 */
public class AppointmentWorkflowImpl implements AppointmentWorkflow {

  private static final Logger log = Workflow.getLogger(AppointmentWorkflowImpl.class);

  private final AppointmentActivities changes =
      Workflow.newActivityStub(AppointmentActivities.class,
          ActivityPolicies.whileSomeoneWaits());
  private final AppointmentActivities steps =
      Workflow.newActivityStub(AppointmentActivities.class, ActivityPolicies.mustHappen());
  private final WorkflowLock bookingLock = Workflow.newWorkflowLock();

  private final AppointmentInput input;
  private final AppointmentMessages messages;
  private final AppointmentNotices notices;
  private final AppointmentPlan plan;
  /** Customer messages that update handlers leave for the main loop to send. */
  private final Queue<Notice> pendingNotices = new ArrayDeque<>();

  private Long nextReminderAt;

  private String stage = "confirmed";
  private boolean checkedIn;
  private boolean cancelling;
  private boolean cancelled;
  private boolean tellCancellation;
  private String cancelReason;
  /** Bumped by every applied change: wakes the main loop to plan again. */
  private int revision;

  private record Notice(String key, String dedupSuffix, String kind, String text) {}

  /** Runs before any handler, so an update that arrives with the start finds the plan made. */
  @WorkflowInit
  public AppointmentWorkflowImpl(AppointmentInput input) {
    this.input = input;
    this.messages = new AppointmentMessages(input);
    this.notices = new AppointmentNotices(input);
    this.plan = new AppointmentPlan(input);
    if (input.checkedIn()) {
      // Re-armed after a restart: the reminders and the check-in window are behind it.
      checkedIn = true;
      stage = "checked-in";
    } else {
      nextReminderAt =
          nextReminder(Workflow.currentTimeMillis()).map(Reminder::dueAt).orElse(null);
    }
  }

  @Override
  public void run(AppointmentInput input) {
    notices.tellCustomer("confirmation", "confirmation", "confirmation",
        messages.confirmation(plan.startsAt()));
    if (untilTheVisitOrTheEnd()) {
      followUp();
    }
    Workflow.await(Workflow::isEveryHandlerFinished);
  }

  /**
   * Reminds, opens the check-in window and waits for the customer.
   *
   * @return true when the customer checked in; false when the appointment was cancelled or missed
   */
  private boolean untilTheVisitOrTheEnd() {
    while (true) {
      while (!pendingNotices.isEmpty()) {
        Notice notice = pendingNotices.remove();
        notices.tellCustomer(notice.key(), notice.dedupSuffix(), notice.kind(), notice.text());
      }
      if (cancelled) {
        if (tellCancellation) {
          notices.tellCustomer("cancellation", "cancellation", "cancellation",
              messages.cancellation(plan.startsAt(), cancelReason));
        }
        return false;
      }
      if (checkedIn) {
        return true;
      }
      long now = Workflow.currentTimeMillis();
      Optional<Reminder> next = nextReminder(now);
      nextReminderAt = next.map(Reminder::dueAt).orElse(null);
      if (next.isPresent() && next.get().dueAt() <= now) {
        Reminder reminder = next.get();
        notices.tellCustomer(reminder.key(), plan.dedupSuffix(reminder), "reminder",
            messages.reminder(plan.startsAt(), now));
        continue;
      }
      if (now >= plan.checkInClosesAt()) {
        if (noShow()) {
          return false;
        }
        continue;
      }
      stage = now >= plan.checkInOpensAt() ? "check-in-open" : "confirmed";
      long wakeAt = plan.checkInClosesAt();
      if (now < plan.checkInOpensAt()) {
        wakeAt = Math.min(wakeAt, plan.checkInOpensAt());
      }
      if (nextReminderAt != null) {
        wakeAt = Math.min(wakeAt, nextReminderAt);
      }
      int seen = revision;
      Workflow.await(Duration.ofMillis(wakeAt - now), () -> revision != seen);
    }
  }

  /**
   * The check-in window closed without a check-in: frees the slot, tells the owner and the
   * customer.
   *
   * @return false when a change got there first and the loop must look again
   */
  private boolean noShow() {
    bookingLock.lock();
    try {
      if (cancelled || checkedIn || Workflow.currentTimeMillis() < plan.checkInClosesAt()) {
        return false;
      }
      AppointmentChange change = steps.markNoShow(input.bookingId());
      if (!change.applied()) {
        return followTheBooking(change);
      }
      stage = "no-show";
      nextReminderAt = null;
    } finally {
      bookingLock.unlock();
    }
    notices.alertOwner("no-show", "no-show",
        messages.noShowForOwner(input.customerName(), input.bookingId(), plan.startsAt()));
    notices.tellCustomer("no-show", "no-show", "no-show", messages.noShow(plan.startsAt()));
    return true;
  }

  /**
   * The booking changed behind the workflow's back (through the API while Temporal was away):
   * follow it rather than fight it.
   *
   * @return true when the workflow has nothing more to do
   */
  private boolean followTheBooking(AppointmentChange change) {
    log.warn("Booking {} could not be marked as missed: {}", input.bookingId(), change.reason());
    nextReminderAt = null;
    if ("CHECKED_IN".equals(change.bookingStatus())) {
      checkedIn = true;
      return false;
    }
    stage = "COMPLETED".equals(change.bookingStatus()) ? "completed" : "cancelled";
    cancelled = stage.equals("cancelled");
    return true;
  }

  /** After the visit: marks the booking completed and asks for feedback. */
  private void followUp() {
    stage = "checked-in";
    nextReminderAt = null;
    long wait = plan.followUpAt() - Workflow.currentTimeMillis();
    if (wait > 0) {
      Workflow.sleep(Duration.ofMillis(wait));
    }
    AppointmentChange completed = steps.markCompleted(input.bookingId());
    if (!completed.applied()) {
      log.warn("Booking {} could not be completed: {}", input.bookingId(), completed.reason());
    }
    notices.tellCustomer("follow-up", "follow-up", "follow-up", messages.followUp());
    stage = "completed";
  }

  @Override
  public AppointmentStatus status() {
    return new AppointmentStatus(stage, plan.startsAt(), plan.endsAt(), nextReminderAt,
        plan.checkInOpensAt(), plan.checkInClosesAt(), cancelReason, notices.history());
  }

  @Override
  public void validateReschedule(RescheduleRequest request) {
    refuseIf(unchangeable("moved"));
    newStart(request);
  }

  @Override
  public ChangeOutcome reschedule(RescheduleRequest request) {
    LocalDateTime newStart = newStart(request);
    bookingLock.lock();
    try {
      String refusal = unchangeable("moved");
      if (refusal != null) {
        return ChangeOutcome.refused(refusal);
      }
      boolean bypassWindow = "owner".equalsIgnoreCase(request.requestedBy())
          || "system".equalsIgnoreCase(request.requestedBy());
      AppointmentChange change =
          change(() -> changes.move(input.bookingId(), newStart.toString(), bypassWindow));
      if (!change.applied()) {
        return ChangeOutcome.refused(change.reason());
      }
      boolean moved = change.startsAtEpochMillis() != plan.startsAt();
      plan.moveTo(change.startsAtEpochMillis(), change.endsAtEpochMillis(),
          Workflow.currentTimeMillis());
      // A status query right after the move already shows the reminder at the new time.
      nextReminderAt =
          nextReminder(Workflow.currentTimeMillis()).map(Reminder::dueAt).orElse(null);
      if (moved && request.notifyCustomer()) {
        long startsAt = plan.startsAt();
        pendingNotices.add(
            new Notice("moved", "moved-" + startsAt, "moved", messages.moved(startsAt)));
      }
      revision++;
      return ChangeOutcome.applied(messages.moved(plan.startsAt()));
    } finally {
      bookingLock.unlock();
    }
  }

  @Override
  public void validateCancel(CancelRequest request) {
    refuseIf(unchangeable("cancelled"));
  }

  @Override
  public ChangeOutcome cancel(CancelRequest request) {
    bookingLock.lock();
    try {
      String refusal = unchangeable("cancelled");
      if (refusal != null) {
        return ChangeOutcome.refused(refusal);
      }
      // The booking's cancelled event comes back as a cancel of its own: the validator refuses it.
      cancelling = true;
      AppointmentChange change =
          change(() -> changes.cancel(input.bookingId(), request.ownerOverride()));
      cancelling = false;
      if (!change.applied()) {
        return ChangeOutcome.refused(change.reason());
      }
      cancelled = true;
      cancelReason = request.reason();
      tellCancellation = request.notifyCustomer();
      stage = "cancelled";
      nextReminderAt = null;
      revision++;
      return ChangeOutcome.applied(messages.cancellation(plan.startsAt(), request.reason()));
    } finally {
      bookingLock.unlock();
    }
  }

  @Override
  public void validateCheckIn(CheckInRequest request) {
    refuseIf(checkInRefusal());
  }

  @Override
  public ChangeOutcome checkIn(CheckInRequest request) {
    bookingLock.lock();
    try {
      String refusal = checkInRefusal();
      if (refusal != null) {
        return ChangeOutcome.refused(refusal);
      }
      AppointmentChange change = change(() -> changes.markCheckedIn(input.bookingId()));
      if (!change.applied()) {
        return ChangeOutcome.refused(change.reason());
      }
      checkedIn = true;
      stage = "checked-in";
      nextReminderAt = null;
      revision++;
      return ChangeOutcome.applied(messages.checkedIn(plan.startsAt()));
    } finally {
      bookingLock.unlock();
    }
  }

  /** Why the appointment cannot be {@code what} ("moved", "cancelled") now; null if it can. */
  private String unchangeable(String what) {
    if (cancelled || cancelling) {
      return "That booking was cancelled; it cannot be " + what + ".";
    }
    if (checkedIn) {
      return "The customer has already checked in; the booking cannot be " + what + ".";
    }
    return switch (stage) {
      case "no-show" ->
          "That appointment was missed and its place released; it cannot be " + what + ".";
      case "completed" -> "That appointment is over; it cannot be " + what + ".";
      default -> null;
    };
  }

  private String checkInRefusal() {
    if (cancelled || cancelling) {
      return "That booking was cancelled; there is nothing to check in to.";
    }
    if (checkedIn) {
      return "Already checked in.";
    }
    long now = Workflow.currentTimeMillis();
    if (stage.equals("no-show") || stage.equals("completed") || now >= plan.checkInClosesAt()) {
      return "Check-in closed at " + messages.time(plan.checkInClosesAt())
          + ": the appointment was missed.";
    }
    if (now < plan.checkInOpensAt()) {
      return "It is too early to check in: check-in opens on "
          + messages.when(plan.checkInOpensAt()) + ".";
    }
    return null;
  }

  private static void refuseIf(String refusal) {
    if (refusal != null) {
      throw new IllegalArgumentException(refusal);
    }
  }

  private static LocalDateTime newStart(RescheduleRequest request) {
    String text = request.newStart() == null ? "" : request.newStart().strip();
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a date and time like 2026-11-27T19:30.");
    }
  }

  /** Runs a booking change; a booking service that stays unreachable is a refusal to retry. */
  private AppointmentChange change(Supplier<AppointmentChange> call) {
    try {
      return call.get();
    } catch (ActivityFailure failure) {
      log.warn("Booking {} could not be changed", input.bookingId(), failure);
      return AppointmentChange.refused(
          "The booking could not be changed just now; please try again in a moment.", null);
    }
  }

  private Optional<Reminder> nextReminder(long now) {
    return plan.nextReminder(now, notices::sent);
  }
}
