package ai.xseven.business;

import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/bookings")
class BookingController {

  private final BookingService bookings;

  BookingController(BookingService bookings) {
    this.bookings = bookings;
  }

  /** 200 with the cancelled booking; 404 unknown id; 422 with the policy's reason. */
  @PostMapping("/{id}/cancel")
  CancellationView cancel(@PathVariable UUID id) {
    BookingCancelled cancelled = bookings.cancel(id);
    return new CancellationView(cancelled.bookingId(), "CANCELLED", cancelled.description());
  }

  /** @param description what was booked and when, as the customer reads it */
  record CancellationView(UUID bookingId, String status, String description) {}
}
