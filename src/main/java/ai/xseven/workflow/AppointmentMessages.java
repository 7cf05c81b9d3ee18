package ai.xseven.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The texts a customer reads about an appointment, with times in the business's zone. */
final class AppointmentMessages {

  private static final DateTimeFormatter DATE_AND_TIME =
      DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

  private final String what;
  private final ZonedDateTime startsAt;

  AppointmentMessages(AppointmentInput input) {
    this.what = input.description();
    this.startsAt =
        Instant.ofEpochMilli(input.startsAtEpochMillis()).atZone(ZoneId.of(input.zoneId()));
  }

  String confirmation() {
    return "Confirmed: your "
        + what
        + " on "
        + DATE_AND_TIME.format(startsAt)
        + ". I'll remind you before it starts.";
  }

  /** "... is tomorrow, Friday, November 27 at 7:00 PM." or "... starts in 1 hour, at 7:00 PM." */
  String reminder(Reminder reminder, long nowMillis) {
    if (reminder == Reminder.HOUR_BEFORE) {
      return "Reminder: your "
          + what
          + " starts in "
          + timeUntilStart(nowMillis)
          + ", at "
          + TIME.format(startsAt)
          + ".";
    }
    return "Reminder: your " + what + " is " + day(nowMillis) + ".";
  }

  String cancellation(String reason) {
    String because = reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")";
    return "Your "
        + what
        + " on "
        + DATE_AND_TIME.format(startsAt)
        + " is cancelled"
        + because
        + ".";
  }

  private String day(long nowMillis) {
    LocalDate today = Instant.ofEpochMilli(nowMillis).atZone(startsAt.getZone()).toLocalDate();
    LocalDate day = startsAt.toLocalDate();
    if (day.equals(today)) {
      return "today at " + TIME.format(startsAt);
    }
    String date = DATE_AND_TIME.format(startsAt);
    return day.equals(today.plusDays(1)) ? "tomorrow, " + date : "on " + date;
  }

  private String timeUntilStart(long nowMillis) {
    long minutes =
        Math.max(1, Math.round((startsAt.toInstant().toEpochMilli() - nowMillis) / 60_000.0));
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
