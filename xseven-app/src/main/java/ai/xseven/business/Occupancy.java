package ai.xseven.business;

import java.util.List;

/**
 * What the confirmed bookings overlapping a requested slot already hold.
 *
 * @param guests seats they take (restaurants)
 * @param bookings how many there are: chairs they take (salons)
 */
public record Occupancy(int guests, int bookings) {

  static Occupancy of(List<Booking> overlapping) {
    return new Occupancy(
        overlapping.stream().mapToInt(booking -> booking.partySize).sum(), overlapping.size());
  }
}
