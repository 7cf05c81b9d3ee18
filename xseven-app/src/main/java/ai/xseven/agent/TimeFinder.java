package ai.xseven.agent;

import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a time of day that the message really states, in normalised text. Natty (inside
 * prettytime-nlp) fills in the current time when none is given, reads "at 8" as 8 am and loses the
 * time in "in 3 days at 6pm", so times are read here and only dates are left to it.
 *
 * <p>An hour from 1 to 11 without am/pm is read as pm ("at 8" is 20:00), because people booking a
 * table or an appointment rarely mean the early morning; "morning" in the message or a leading zero
 * ("09:30") keeps it am.
 */
final class TimeFinder {

  private static final String NOT_DATE = "(?!\\s*(?:st|nd|rd|th)\\b|\\s*/|[:.]?\\d)";
  private static final Pattern AM_PM =
      Pattern.compile("\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?");
  private static final Pattern CLOCK = Pattern.compile("\\b(\\d{1,2})[:h](\\d{2})\\b");
  private static final Pattern NOON = Pattern.compile("\\b(noon|midday|midnight)\\b");
  private static final Pattern HALF_OR_QUARTER =
      Pattern.compile("\\b(half|quarter) (past|after|to) (\\d{1,2})\\b" + NOT_DATE);
  private static final Pattern O_CLOCK = Pattern.compile("\\b(\\d{1,2})\\s*o'?clock\\b");
  private static final Pattern AT_HOUR =
      Pattern.compile(
          "\\b(?:at|around|about|by|from) (\\d{1,2})(?:[. ]([0-5]\\d))?\\b" + NOT_DATE);
  // Asked "what time?", a message with a single number ("8", "is 8 ok?", "8 30") gives the time.
  private static final Pattern LONE_NUMBER =
      Pattern.compile("^\\D*\\b(\\d{1,2})(?:[:. ]([0-5]\\d))?\\b\\D*$");
  private static final Pattern MORNING = Pattern.compile("\\bmorning\\b");

  private TimeFinder() {}

  static Span<LocalTime> find(String text, boolean expectingTime) {
    boolean morning = MORNING.matcher(text).find();
    Matcher m = AM_PM.matcher(text);
    if (m.find()) {
      return span(m, toTime(number(m, 1), number(m, 2), m.group(3).charAt(0), morning, false));
    }
    m = CLOCK.matcher(text);
    if (m.find()) {
      boolean zeroPadded = m.group(1).length() == 2 && m.group(1).startsWith("0");
      return span(m, toTime(number(m, 1), number(m, 2), ' ', morning, zeroPadded));
    }
    m = NOON.matcher(text);
    if (m.find()) {
      return span(m, m.group(1).equals("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON);
    }
    m = HALF_OR_QUARTER.matcher(text);
    if (m.find()) {
      return span(m, halfOrQuarter(m, morning));
    }
    for (Pattern hourOnly : List.of(O_CLOCK, AT_HOUR)) {
      m = hourOnly.matcher(text);
      if (m.find()) {
        return span(m, toTime(number(m, 1), number(m, 2), ' ', morning, false));
      }
    }
    m = LONE_NUMBER.matcher(text);
    if (expectingTime && m.find()) {
      LocalTime time = toTime(number(m, 1), number(m, 2), ' ', morning, false);
      return time == null ? null : new Span<>(time, m.start(1), m.end(m.group(2) == null ? 1 : 2));
    }
    return null;
  }

  /** Applies am/pm, or the "1–11 means pm" rule when there is none; null when not a clock time. */
  static LocalTime toTime(
      int hour, int minute, char meridiem, boolean morning, boolean zeroPadded) {
    if (minute > 59) {
      return null;
    }
    if (meridiem == 'a' || meridiem == 'p') {
      if (hour < 1 || hour > 12) {
        return null;
      }
      return LocalTime.of(hour % 12 + (meridiem == 'p' ? 12 : 0), minute);
    }
    if (hour > 23) {
      return null;
    }
    boolean pm = hour >= 1 && hour <= 11 && !morning && !zeroPadded;
    return LocalTime.of(pm ? hour + 12 : hour, minute);
  }

  private static LocalTime halfOrQuarter(Matcher m, boolean morning) {
    int hour = number(m, 3);
    int minute = m.group(1).equals("half") ? 30 : 15;
    if (m.group(2).equals("to")) {
      // "half to eight" is not a time anyone says: report no time rather than guess one.
      if (m.group(1).equals("half")) {
        return null;
      }
      hour = hour == 1 ? 12 : hour - 1;
      minute = 45;
    }
    return toTime(hour, minute, ' ', morning, false);
  }

  /** The number in a group; 0 for an optional group that did not match (minutes). */
  private static int number(Matcher m, int group) {
    return group > m.groupCount() || m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
  }

  private static Span<LocalTime> span(Matcher m, LocalTime time) {
    return time == null ? null : new Span<>(time, m.start(), m.end());
  }
}
