package ai.xseven.agent;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.NotFoundException;
import ai.xseven.sdk.PluginResult;
import ai.xseven.workflow.AppointmentScheduler;
import ai.xseven.workflow.CancelRequest;
import ai.xseven.workflow.ChangeOutcome;
import ai.xseven.workflow.CheckInRequest;
import ai.xseven.workflow.RescheduleRequest;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A customer moves, cancels or checks in one of their bookings in chat, through its appointment
 * workflow (the booking policy decides). The chat's reply tells the customer, so the workflow is
 * asked not to notify them again.
 */
@Component
class BookingChanges {

  private static final Logger log = LoggerFactory.getLogger(BookingChanges.class);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a", Locale.ENGLISH);

  private final CustomerVisits visits;
  private final AppointmentScheduler appointments;
  private final Clock clock;

  BookingChanges(CustomerVisits visits, AppointmentScheduler appointments, Clock clock) {
    this.visits = visits;
    this.appointments = appointments;
    this.clock = clock;
  }

  PluginResult reschedule(SelfServiceRequest request) {
    List<BookingConfirmation> mine =
        visits.upcomingBookings(request.conversation(), request.business());
    if (mine.isEmpty()) {
      return SelfServiceRequest.done("There is no upcoming booking made in this chat at "
          + request.business().name() + " to move.");
    }
    SelfServiceDraft draft = request.draft();
    LocalDate newDay = request.heard().date();
    Optional<BookingConfirmation> chosen = chosenByPosition(request, mine);
    if (chosen.isEmpty() && SelfServiceDraft.WHICH.equals(draft.awaiting())) {
      int index = Choice.byDay(newDay, days(mine));
      if (index >= 0) {
        chosen = Optional.of(mine.get(index));
        newDay = null; // the day named the booking, not where it moves
      }
    }
    draft = draft.withWhen(newDay != null ? newDay : draft.date(),
        request.heard().time() != null ? request.heard().time() : draft.time());
    if (chosen.isEmpty()) {
      return SelfServiceRequest.askWhich(draft, mine, BookingConfirmation::describe);
    }
    BookingConfirmation booking = chosen.get();
    draft = draft.withTarget(booking.bookingId().toString());
    if (SelfServiceDraft.CONFIRM.equals(draft.awaiting()) && request.saysYes()
        && draft.date() != null && draft.time() != null) {
      return move(booking, LocalDateTime.of(draft.date(), draft.time()));
    }
    if (draft.time() == null) {
      return SelfServiceRequest.ask(draft.awaiting(SelfServiceDraft.TIME), "To what time"
          + (draft.date() == null ? "" : " on " + DAY.format(draft.date()))
          + " should I move " + booking.describe() + "?");
    }
    LocalDate day = draft.date() != null ? draft.date() : localDay(booking);
    draft = draft.withWhen(day, draft.time()).awaiting(SelfServiceDraft.CONFIRM);
    return SelfServiceRequest.ask(draft, "Shall I move " + booking.describe() + " to "
        + WHEN.format(LocalDateTime.of(day, draft.time())) + "? Please answer yes or no.");
  }

  PluginResult cancel(SelfServiceRequest request) {
    List<BookingConfirmation> mine =
        visits.upcomingBookings(request.conversation(), request.business());
    if (mine.isEmpty()) {
      return SelfServiceRequest.done("There is no upcoming booking made in this chat at "
          + request.business().name() + " to cancel.");
    }
    SelfServiceDraft draft = request.draft();
    Optional<BookingConfirmation> chosen = chosenByPosition(request, mine);
    if (chosen.isEmpty() && SelfServiceDraft.WHICH.equals(draft.awaiting())) {
      int index = Choice.byDay(request.heard().date(), days(mine));
      chosen = index < 0 ? Optional.empty() : Optional.of(mine.get(index));
    }
    if (chosen.isEmpty()) {
      return SelfServiceRequest.askWhich(draft, mine, BookingConfirmation::describe);
    }
    BookingConfirmation booking = chosen.get();
    draft = draft.withTarget(booking.bookingId().toString());
    if (SelfServiceDraft.CONFIRM.equals(draft.awaiting()) && request.saysYes()) {
      return outcome(() -> appointments.cancel(booking.bookingId(),
          new CancelRequest(null, false, "customer", false)), "I can't cancel it: ");
    }
    return SelfServiceRequest.ask(draft.awaiting(SelfServiceDraft.CONFIRM),
        "Shall I cancel " + booking.describe() + "? Please answer yes or no.");
  }

  /** The customer has arrived: today's booking of this chat that starts nearest to now. */
  PluginResult checkIn(SelfServiceRequest request) {
    Optional<BookingConfirmation> today =
        visits.bookingsToday(request.conversation(), request.business()).stream()
            .min(Comparator.comparing(booking ->
                Duration.between(clock.instant(), booking.startsAt()).abs()));
    if (today.isEmpty()) {
      return SelfServiceRequest.done("I can't find a booking for today made in this chat at "
          + request.business().name() + "; please tell the staff your name.");
    }
    BookingConfirmation booking = today.get();
    return outcome(() -> appointments.checkIn(booking.bookingId(),
        new CheckInRequest("customer")), "I couldn't check you in: ");
  }

  private PluginResult move(BookingConfirmation booking, LocalDateTime to) {
    ChangeOutcome outcome;
    try {
      outcome = appointments.reschedule(booking.bookingId(),
          new RescheduleRequest(to.toString(), "customer", false));
    } catch (NotFoundException gone) {
      return SelfServiceRequest.done("I can't find that booking any more.");
    } catch (WorkflowException | StatusRuntimeException unreachable) {
      log.warn("Could not move booking {}", booking.bookingId(), unreachable);
      return SelfServiceRequest.unreachable();
    }
    if (!outcome.applied()) {
      return SelfServiceRequest.done("I couldn't move it: " + sentence(outcome.message())
          + " Your booking stays as it was: " + booking.describe() + ".");
    }
    return SelfServiceRequest.done(sentence(outcome.message()));
  }

  private static PluginResult outcome(Supplier<ChangeOutcome> change, String refusal) {
    ChangeOutcome outcome;
    try {
      outcome = change.get();
    } catch (NotFoundException gone) {
      return SelfServiceRequest.done("I can't find that booking any more.");
    } catch (WorkflowException | StatusRuntimeException unreachable) {
      log.warn("Could not change a booking through its workflow", unreachable);
      return SelfServiceRequest.unreachable();
    }
    return SelfServiceRequest.done(outcome.applied()
        ? sentence(outcome.message())
        : refusal + sentence(outcome.message()));
  }

  /** The booking the draft holds or the answer names by place; the only one when there is one. */
  private static Optional<BookingConfirmation> chosenByPosition(SelfServiceRequest request,
      List<BookingConfirmation> mine) {
    String target = request.draft().target();
    if (target != null) {
      Optional<BookingConfirmation> held =
          mine.stream().filter(b -> b.bookingId().toString().equals(target)).findFirst();
      if (held.isPresent()) {
        return held;
      }
    }
    if (mine.size() == 1) {
      return Optional.of(mine.get(0));
    }
    if (SelfServiceDraft.WHICH.equals(request.draft().awaiting())) {
      int index = Choice.byPosition(request.message(), mine.size());
      if (index >= 0) {
        return Optional.of(mine.get(index));
      }
    }
    return Optional.empty();
  }

  private static List<LocalDate> days(List<BookingConfirmation> bookings) {
    return bookings.stream().map(BookingChanges::localDay).toList();
  }

  private static LocalDate localDay(BookingConfirmation booking) {
    return booking.startsAt().atZone(booking.zone()).toLocalDate();
  }

  /** A workflow's message as a sentence of the reply. */
  static String sentence(String text) {
    String stripped = text == null ? "" : text.strip();
    return stripped.isEmpty() || stripped.matches(".*[.!?]$") ? stripped : stripped + ".";
  }
}
