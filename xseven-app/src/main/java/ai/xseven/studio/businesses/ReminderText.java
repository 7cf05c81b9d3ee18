package ai.xseven.studio.businesses;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reminder offsets as an owner types them, {@code 24h, 1h, 30m, 2d}, and as the workflow settings
 * keep them, ISO-8601 ({@code PT24H}). What is neither goes through as typed, so the settings'
 * own check names it.
 */
final class ReminderText {

  private static final Pattern SHORT = Pattern.compile("(\\d{1,5})\\s*([dhm])");

  private ReminderText() {}

  static String format(List<String> isoOffsets) {
    return isoOffsets.stream().map(ReminderText::shortForm).collect(Collectors.joining(", "));
  }

  static List<String> parse(String text) {
    return entries(text).stream().map(ReminderText::isoForm).toList();
  }

  /** The entries as typed, in order: entry {@code i} is {@code reminderOffsets[i]}. */
  static List<String> entries(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(","))
        .map(String::strip)
        .filter(entry -> !entry.isEmpty())
        .toList();
  }

  /**
   * The settings' complaint about one entry in the owner's words: they typed {@code 48h}, not
   * {@code PT48H}, and an entry in neither form gets an example of the short one.
   */
  static String explain(String typed, String message) {
    if (!understood(typed)) {
      return "'" + typed + "' is not a reminder time; write e.g. 24h, 90m or 2d.";
    }
    return message.replace(isoForm(typed), typed);
  }

  private static boolean understood(String entry) {
    if (SHORT.matcher(entry.toLowerCase(Locale.ROOT)).matches()) {
      return true;
    }
    try {
      Duration.parse(entry.toUpperCase(Locale.ROOT));
      return true;
    } catch (java.time.format.DateTimeParseException notIso) {
      return false;
    }
  }

  private static String isoForm(String entry) {
    Matcher m = SHORT.matcher(entry.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return entry.toUpperCase(Locale.ROOT);
    }
    long amount = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "d" -> Duration.ofDays(amount).toString();
      case "h" -> Duration.ofHours(amount).toString();
      default -> Duration.ofMinutes(amount).toString();
    };
  }

  private static String shortForm(String iso) {
    Duration d = Duration.parse(iso);
    if (d.toMinutes() % (24 * 60) == 0) {
      return d.toDays() + "d";
    }
    return d.toMinutes() % 60 == 0 ? d.toHours() + "h" : d.toMinutes() + "m";
  }
}
