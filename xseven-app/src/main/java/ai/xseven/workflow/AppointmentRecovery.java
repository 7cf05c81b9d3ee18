package ai.xseven.workflow;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Re-arms the workflows of bookings that are still to come or under way (confirmed or checked in,
 * not yet ended) at start-up. The embedded server keeps workflows in memory, so after a restart
 * they are gone; an external cluster still has them and each start is a no-op. Of the reminders
 * that fell due while the application was down only the latest still relevant one goes out, and
 * messages already sent repeat their dedup keys, so the customer sees each once. Workflows of
 * cancelled bookings are told again that they are cancelled.
 */
@Component
class AppointmentRecovery {

  private static final Logger log = LoggerFactory.getLogger(AppointmentRecovery.class);

  private final BookingService bookings;
  private final AppointmentScheduler scheduler;

  AppointmentRecovery(BookingService bookings, AppointmentScheduler scheduler) {
    this.bookings = bookings;
    this.scheduler = scheduler;
  }

  @EventListener(ApplicationReadyEvent.class)
  void rearmUpcomingAppointments() {
    List<BookingConfirmation> upcoming = bookings.upcoming();
    int rearmed = 0;
    for (BookingConfirmation booking : upcoming) {
      try {
        if (scheduler.rearm(booking)) {
          rearmed++;
        }
      } catch (RuntimeException e) {
        // One booking must not keep the others (or the application) from starting.
        log.warn("Could not re-arm the appointment workflow of booking {}", booking.bookingId(), e);
      }
    }
    log.info("Re-armed {} of {} upcoming appointment workflows", rearmed, upcoming.size());
    endWorkflowsOfCancelledBookings();
  }

  /**
   * Tells the workflows of cancelled bookings again, in case Temporal was unreachable when they
   * were cancelled (an external cluster kept them running). A workflow that has ended, or that the
   * embedded server forgot, is left as it is.
   */
  private void endWorkflowsOfCancelledBookings() {
    for (UUID bookingId : bookings.cancelledUpcoming()) {
      try {
        scheduler.endCancelledBooking(bookingId);
      } catch (RuntimeException e) {
        log.warn("Could not end the appointment workflow of booking {}", bookingId, e);
      }
    }
  }
}
