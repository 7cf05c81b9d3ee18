package ai.xseven.workflow;

import ai.xseven.business.BookingCancelled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the appointment workflow of a booking cancelled outside it (the API, an older tool): the
 * customer is told and no reminder follows. Only after commit, so a cancellation that rolls back
 * stops nothing. A cancel that the workflow made itself comes back here too; the workflow refuses
 * that echo, so nothing loops and the customer is told once.
 */
@Component
class AppointmentCancellation {

  private static final Logger log = LoggerFactory.getLogger(AppointmentCancellation.class);

  private final AppointmentScheduler scheduler;

  AppointmentCancellation(AppointmentScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @TransactionalEventListener
  void onBookingCancelled(BookingCancelled cancelled) {
    try {
      scheduler.endCancelledBooking(cancelled.bookingId());
    } catch (RuntimeException e) {
      // The booking is cancelled whatever Temporal says; AppointmentRecovery retries at start-up.
      log.error("Could not end the workflow of booking {}", cancelled.bookingId(), e);
    }
  }
}
