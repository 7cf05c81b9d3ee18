package ai.xseven.agent;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Brings a message into the shape the booking finders expect: lower case, digits, full words. */
final class BookingText {

  static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
          Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
          Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
          Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
          Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
          Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
          Map.entry("thirty", 30), Map.entry("forty-five", 45), Map.entry("forty five", 45));

  private static final Pattern NUMBER_WORD =
      Pattern.compile(
          NUMBER_WORDS.keySet().stream()
              .sorted(Comparator.comparing(String::length).reversed()) // "forty five" before "five"
              .collect(Collectors.joining("|", "\\b(", ")\\b")));
  private static final Pattern TOMORROW =
      Pattern.compile("\\b(tmrw|tmr|tmw|tmrow|tomorow|tommorow|tommorrow|2morrow|2moro)\\b");
  private static final Pattern TONIGHT = Pattern.compile("\\b(tonite|2nite)\\b");

  private BookingText() {}

  static String normalise(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    lower = TOMORROW.matcher(lower).replaceAll("tomorrow");
    lower = TONIGHT.matcher(lower).replaceAll("tonight");
    Matcher words = NUMBER_WORD.matcher(lower);
    return words.replaceAll(match -> String.valueOf(NUMBER_WORDS.get(match.group(1))));
  }
}
