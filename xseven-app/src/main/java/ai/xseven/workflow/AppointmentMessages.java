package ai.xseven.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The texts a customer (or the owner) reads about an appointment, with times in the business's
 * zone. The start is passed in: a rescheduled appointment has a new one.
 */
final class AppointmentMessages {

  private static final DateTimeFormatter DATE_AND_TIME =
      DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

  /** Closer than this, a reminder counts down ("starts in 2 hours") instead of naming the day. */
  private static final Duration COUNTDOWN = Duration.ofHours(12);

  private final String what;
  private final ZoneId zone;

  AppointmentMessages(AppointmentInput input) {
    this.what = input.description();
    this.zone = ZoneId.of(input.zoneId());
  }

  String confirmation(long startsAt) {
    return "Confirmed: your " + what + " on " + when(startsAt)
        + ". I'll remind you before it starts.";
  }

  /** "... is tomorrow, Friday, November 27 at 7:00 PM." or "... starts in 1 hour, at 7:00 PM." */
  String reminder(long startsAt, long now) {
    if (startsAt - now < COUNTDOWN.toMillis()) {
      return "Reminder: your " + what + " starts in " + timeUntil(startsAt, now) + ", at "
          + time(startsAt) + ".";
    }
    return "Reminder: your " + what + " is " + day(startsAt, now) + ".";
  }

  String moved(long startsAt) {
    return "Moved: your " + what + " is now on " + when(startsAt) + ".";
  }

  String cancellation(long startsAt, String reason) {
    String because = reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")";
    return "Your " + what + " on " + when(startsAt) + " is cancelled" + because + ".";
  }

  String checkedIn(long startsAt) {
    return "Checked in for your " + what + " at " + time(startsAt) + ". Enjoy!";
  }

  String noShow(long startsAt) {
    return "We missed you at your " + what + " on " + when(startsAt)
        + ". The booking has been released; just write here if you'd like another time.";
  }

  String noShowForOwner(String customerName, String bookingId, long startsAt) {
    return "No-show: " + customerName + " did not check in for the " + what + " on "
        + when(startsAt) + " (booking " + bookingId + "). The slot has been freed.";
  }

  String followUp() {
    return "Thank you for coming! How was your " + what
        + "? Reply here with a few words or a rating from 1 to 5.";
  }

  String checkInOpensAt(long opensAt) {
    return "Check-in opens " + when(opensAt) + ".";
  }

  String when(long epochMillis) {
    return DATE_AND_TIME.format(zoned(epochMillis));
  }

  String time(long epochMillis) {
    return TIME.format(zoned(epochMillis));
  }

  private ZonedDateTime zoned(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).atZone(zone);
  }

  private String day(long startsAt, long now) {
    LocalDate today = zoned(now).toLocalDate();
    LocalDate day = zoned(startsAt).toLocalDate();
    if (day.equals(today)) {
      return "today at " + time(startsAt);
    }
    return day.equals(today.plusDays(1)) ? "tomorrow, " + when(startsAt) : "on " + when(startsAt);
  }

  private static String timeUntil(long startsAt, long now) {
    long minutes = Math.max(1, Math.round((startsAt - now) / 60_000.0));
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (hours == 0) {
      return plural(rest, "minute");
    }
    return rest == 0 ? plural(hours, "hour") : plural(hours, "hour") + " " + plural(rest, "minute");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
