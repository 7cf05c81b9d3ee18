package ai.xseven.workflow;

import ai.xseven.business.BookingCancelled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the appointment workflow of a cancelled booking with its cancel signal: the customer is told
 * and no reminder follows. Only after commit, so a cancellation that rolls back stops nothing.
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
      scheduler.cancel(cancelled.bookingId(),
          new CancelRequest(null, true, "system", true));
    } catch (RuntimeException e) {
      // The booking is cancelled whatever Temporal says; AppointmentRecovery retries at start-up.
      log.error("Could not cancel the workflow of booking {}", cancelled.bookingId(), e);
    }
  }
}
