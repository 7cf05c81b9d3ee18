package ai.xseven.studio.workflows;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.workflow.AppointmentStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Optional;

/** One booking with its appointment workflow's status and the owner's actions on it. */
class BookingCard extends Div {

  interface Actions {
    void checkIn(BookingConfirmation booking);

    void move(BookingConfirmation booking);

    void cancel(BookingConfirmation booking);
  }

  BookingCard(BookingConfirmation booking, Optional<AppointmentStatus> status, Actions actions) {
    setId("booking-" + booking.bookingId());
    addClassName("workflow-card");
    Cards.style(this);
    add(new Div(Cards.title(booking.customerName() + " · " + booking.describe()),
        Cards.badge(booking.status())));
    add(new Div(new Span(status.map(s -> describe(s, booking)).orElse(
        "No workflow status: the workflow has ended or has not started yet."))));
    status.ifPresent(s -> add(NotificationHistory.of(s.history(), booking.zone())));

    Button checkIn = new Button("Check in", click -> actions.checkIn(booking));
    checkIn.setId("check-in-" + booking.bookingId());
    Button move = new Button("Move…", click -> actions.move(booking));
    move.setId("move-" + booking.bookingId());
    Button cancel = new Button("Cancel…", click -> actions.cancel(booking));
    cancel.setId("cancel-" + booking.bookingId());
    cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
    add(new HorizontalLayout(checkIn, move, cancel));
  }

  private static String describe(AppointmentStatus s, BookingConfirmation booking) {
    String next = s.nextReminderAtEpochMillis() == null ? "no reminder pending"
        : "next reminder " + WorkflowTimes.at(s.nextReminderAtEpochMillis(), booking.zone());
    return "Workflow stage: " + s.stage() + " · " + next + " · check-in window "
        + WorkflowTimes.at(s.checkInOpensAtEpochMillis(), booking.zone()) + " to "
        + WorkflowTimes.at(s.checkInClosesAtEpochMillis(), booking.zone())
        + (s.cancelReason() == null ? "" : " · cancelled: " + s.cancelReason());
  }
}
