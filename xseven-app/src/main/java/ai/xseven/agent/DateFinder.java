package ai.xseven.agent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ocpsoft.prettytime.nlp.PrettyTimeParser;

/**
 * Finds the day a message names, relative to {@code now} in the business's zone, with
 * prettytime-nlp. Works on normalised text from which party size, name and time are already gone,
 * so "table for 4" cannot become a date and natty's invented times do not matter.
 */
final class DateFinder {

  private static final String WEEKDAYS =
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat"; // not "sun": mostly the one in the sky
  private static final String MONTHS =
      "january|february|march|april|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
          + "|may(?= \\d)|(?<=\\d )may|(?<=\\d(?:st|nd|rd|th) )may|(?<=of )may";
  private static final Pattern MONTH_OR_NUMERIC =
      Pattern.compile(
          "\\b(?:" + MONTHS + ")\\b|\\b\\d{1,2}/\\d{1,2}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b");
  private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)\\b");

  // Natty picks a date out of almost anything; only ask it when the message names a day.
  private static final Pattern NAMES_A_DAY =
      Pattern.compile(
          "\\b(?:today|tonight|tomorrow|weekend|" + WEEKDAYS + ")\\b"
              + "|\\bin \\d{1,2} (?:days?|weeks?)\\b|"
              + MONTH_OR_NUMERIC.pattern()
              + "|"
              + ORDINAL.pattern());
  private static final Pattern MAY_AS_VERB = Pattern.compile("\\bmay (?:i|we)\\b");
  // Natty gives up on "book for next friday ?" and ", tomorrow at"; it only needs words and dates.
  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}/'-]+");
  private static final Pattern BARE_DAY = Pattern.compile("^\\s*(?:the )?(\\d{1,2})\\s*[.!]?\\s*$");

  /**
   * Natty's parser is not documented as thread-safe, and one shared parser behind a lock serialised
   * every booking turn under load; so each request thread keeps its own.
   */
  private final ThreadLocal<Map<ZoneId, PrettyTimeParser>> parsers =
      ThreadLocal.withInitial(HashMap::new);

  LocalDate find(String text, ZoneId zone, Instant now, boolean expectingDate) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    Matcher bare = BARE_DAY.matcher(text);
    if (expectingDate && bare.find()) {
      return nextDayOfMonth(today, Integer.parseInt(bare.group(1)));
    }
    if (!NAMES_A_DAY.matcher(text).find()) {
      return null;
    }
    String words = PUNCTUATION.matcher(MAY_AS_VERB.matcher(text).replaceAll(" ")).replaceAll(" ");
    List<Date> dates = parse(words.strip(), zone, now);
    if (!dates.isEmpty()) {
      LocalDate date = LocalDate.ofInstant(dates.get(0).toInstant(), zone);
      if (!date.isBefore(today)) {
        return date;
      }
      // "January 5" in November means next January; a past weekday ("last friday") means nothing.
      return MONTH_OR_NUMERIC.matcher(text).find() ? date.plusYears(1) : null;
    }
    // Natty does not read a lone "the 25th".
    Matcher ordinal = ORDINAL.matcher(text);
    return ordinal.find() ? nextDayOfMonth(today, Integer.parseInt(ordinal.group(1))) : null;
  }

  private List<Date> parse(String text, ZoneId zone, Instant now) {
    PrettyTimeParser parser =
        parsers.get().computeIfAbsent(zone, z -> new PrettyTimeParser(TimeZone.getTimeZone(z)));
    return parser.parse(text, Date.from(now));
  }

  /** The first date on or after today whose day of month is {@code day}; null if none can be. */
  static LocalDate nextDayOfMonth(LocalDate today, int day) {
    if (day < 1 || day > 31) {
      return null;
    }
    LocalDate month = today.withDayOfMonth(1);
    for (int i = 0; i < 12; i++, month = month.plusMonths(1)) {
      if (day <= month.lengthOfMonth()) {
        LocalDate candidate = month.withDayOfMonth(day);
        if (!candidate.isBefore(today)) {
          return candidate;
        }
      }
    }
    return null;
  }
}
