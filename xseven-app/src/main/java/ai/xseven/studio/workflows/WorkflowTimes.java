package ai.xseven.studio.workflows;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Workflow instants as an owner reads them, in the business's own time zone. */
final class WorkflowTimes {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE MMM d, h:mm a", Locale.ENGLISH);

  private WorkflowTimes() {}

  static String at(long epochMillis, ZoneId zone) {
    return WHEN.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
  }

  static String at(Instant instant, ZoneId zone) {
    return WHEN.format(instant.atZone(zone));
  }
}
