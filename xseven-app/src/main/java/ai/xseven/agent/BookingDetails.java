package ai.xseven.agent;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The booking details found in one customer message; every field is null when the message did not
 * say it.
 *
 * @param service the exact catalog name of the service asked for
 */
public record BookingDetails(
    LocalDate date, LocalTime time, Integer partySize, String customerName, String service) {

  static final BookingDetails EMPTY = new BookingDetails(null, null, null, null, null);

  public boolean isEmpty() {
    return date == null
        && time == null
        && partySize == null
        && customerName == null
        && service == null;
  }
}
