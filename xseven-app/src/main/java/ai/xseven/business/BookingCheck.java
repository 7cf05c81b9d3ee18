package ai.xseven.business;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A requested slot as {@code rules/booking-policy.drl} sees it, in the business's local time.
 *
 * @param capacity seats for a restaurant, chairs (appointments at once) for a salon
 * @param minutes how long the table is held or the service takes
 * @param minutesAhead how long before its start the booking is made; negative once it has begun
 * @param minLeadMinutes how far ahead this business wants bookings made
 */
public record BookingCheck(
    String businessName,
    BusinessKind kind,
    int capacity,
    int partySize,
    DayOfWeek day,
    LocalTime starts,
    int minutes,
    long minutesAhead,
    int minLeadMinutes) {

  /** When the booking ends; earlier than {@link #starts} if it runs past midnight. */
  public LocalTime ends() {
    return starts.plusMinutes(minutes);
  }

  /** "Monday", for the sentences the rules say. */
  public String dayName() {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
