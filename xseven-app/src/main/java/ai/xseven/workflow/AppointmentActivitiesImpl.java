package ai.xseven.workflow;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingRejectedException;
import ai.xseven.business.BookingService;
import ai.xseven.business.CancellationRefusedException;
import ai.xseven.business.NotFoundException;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The booking activities, through {@link BookingService}: the booking policy's refusals become
 * refused changes; anything else (the database is down) fails the activity and Temporal retries.
 */
@Component
class AppointmentActivitiesImpl implements AppointmentActivities {

  private final BookingService bookings;

  AppointmentActivitiesImpl(BookingService bookings) {
    this.bookings = bookings;
  }

  @Override
  public AppointmentChange move(String bookingId, String newStart, boolean bypassWindow) {
    return change(bookingId,
        () -> bookings.move(UUID.fromString(bookingId), LocalDateTime.parse(newStart),
            bypassWindow));
  }

  @Override
  public AppointmentChange cancel(String bookingId, boolean ownerOverride) {
    return change(bookingId, () -> {
      bookings.cancel(UUID.fromString(bookingId), ownerOverride);
      return bookings.get(UUID.fromString(bookingId));
    });
  }

  @Override
  public AppointmentChange markCheckedIn(String bookingId) {
    return change(bookingId, () -> bookings.markCheckedIn(UUID.fromString(bookingId)));
  }

  @Override
  public AppointmentChange markNoShow(String bookingId) {
    return change(bookingId, () -> bookings.markNoShow(UUID.fromString(bookingId)));
  }

  @Override
  public AppointmentChange markCompleted(String bookingId) {
    return change(bookingId, () -> bookings.markCompleted(UUID.fromString(bookingId)));
  }

  private AppointmentChange change(String bookingId, Supplier<BookingConfirmation> change) {
    try {
      BookingConfirmation booking = change.get();
      return new AppointmentChange(true, null, booking.startsAt().toEpochMilli(),
          booking.endsAt().toEpochMilli(), booking.status());
    } catch (BookingRejectedException | CancellationRefusedException refused) {
      return AppointmentChange.refused(refused.getMessage(), statusOf(bookingId));
    } catch (NotFoundException gone) {
      return AppointmentChange.refused(gone.getMessage(), null);
    }
  }

  private String statusOf(String bookingId) {
    return bookings.find(UUID.fromString(bookingId)).map(BookingConfirmation::status)
        .orElse(null);
  }
}
