package ai.xseven.workflow;

/** Reads the dedup keys of appointment notifications in tests. */
final class AppointmentKeys {

  private static final int PREFIX = "appointment-".length() + 36 + 1;

  private AppointmentKeys() {}

  /**
   * {@code reminder-60m} for {@code appointment-<bookingId>-reminder-60m-<startMillis>}, {@code
   * moved} for {@code ...-moved-<startMillis>}, {@code confirmation} for {@code ...-confirmation}.
   */
  static String withinWorkflow(String dedupKey) {
    String suffix = dedupKey.substring(PREFIX);
    return suffix.matches(".*-\\d+") ? suffix.substring(0, suffix.lastIndexOf('-')) : suffix;
  }
}
