package ai.xseven.guardrail;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the times of day a reply states and the weekdays they are stated for. Two times joined by
 * "–", "to" or "until" are a span of hours ({@link HoursStatement}); any other is a single time
 * ({@link TimeMention}).
 *
 * <p>A time is a clock time with am/pm ("7 PM", "7:30 p.m."), a 24-hour time ("19:00": without
 * am/pm "7:00" is read as 07:00), noon or midnight. A bare hour ("at 7") is not read: in a reply
 * it is as often a party size or a date. Relative days ("tomorrow", "tonight") are not resolved,
 * since the guardrail has no date to resolve them against; such a time must fit some open day.
 */
final class ReplyTimes {

  private static final Pattern MERIDIEM =
      Pattern.compile("\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOCK_24 = Pattern.compile("(?<![\\d:.$€£])(\\d{1,2}):(\\d{2})\\b");
  private static final Pattern NOON =
      Pattern.compile("\\b(noon|midday|midnight)\\b", Pattern.CASE_INSENSITIVE);
  private static final String SEPARATOR = "\\s*(?:–|—|-|to|until|till|'til|through)\\s*";
  private static final Pattern RANGE_GAP =
      Pattern.compile("^" + SEPARATOR + "$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_START =
      Pattern.compile("(?<![\\d:.$€£])(\\d{1,2})(?::(\\d{2}))?" + SEPARATOR + "$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOSING =
      Pattern.compile("\\b(?:until|till|'til|to|closes?|closing|close)(?:\\s+(?:at|time is))?\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAYS =
      Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b"
          + "(?:\\s*(?:–|—|-|to|through|thru)\\s*"
          + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b)?",
          Pattern.CASE_INSENSITIVE);
  // A time is offered unless its clause turns it down ("Sorry, 8 PM is taken, but 9 PM is free").
  private static final Pattern REFUSAL =
      Pattern.compile("\\b(closed|unavailable|taken|fully booked|booked up|too (?:late|early|soon)"
          + "|cancel\\w*|not (?:available|open|possible)|no longer|can't|cannot|unable|won't"
          + "|unfortunately"
          + "|sorry)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLAUSE_END =
      Pattern.compile("[,;()]|:(?=\\s)|\\b(?:but|how about|instead|or)\\b",
          Pattern.CASE_INSENSITIVE);

  private record Clock(int start, int end, LocalTime time, boolean meridiem)
      implements ReplySentence.Located {}

  private record Span(int start, int end, Clock from, Clock to, String text)
      implements ReplySentence.Located {}

  private record Days(int start, int end, List<DayOfWeek> days) implements ReplySentence.Located {}

  private ReplyTimes() {}

  /** {@link TimeMention}s and {@link HoursStatement}s, one per weekday they are stated for. */
  static List<Object> find(String reply, List<ReplySentence> sentences) {
    List<Object> facts = new ArrayList<>();
    List<Clock> clocks = clocks(reply);
    List<Days> weekdays = weekdays(reply);
    for (ReplySentence sentence : sentences) {
      List<Span> spans = spans(reply, sentence, clocks.stream().filter(sentence::holds).toList());
      for (int i = 0; i < spans.size(); i++) {
        Span span = spans.get(i);
        List<DayOfWeek> days = new ArrayList<>();
        ReplyLabels.of(sentence, spans, i, weekdays).forEach(label -> days.addAll(label.days()));
        if (days.isEmpty()) {
          days.add(null);
        }
        for (DayOfWeek day : days) {
          facts.add(span.to() == null
              ? new TimeMention(span.text(), day, span.from().time(),
                  !REFUSAL.matcher(clause(reply, sentence, span)).find(),
                  CLOSING.matcher(reply.substring(sentence.start(), span.start())).find())
              : new HoursStatement(span.text(), day, span.from().time(), span.to().time()));
        }
      }
    }
    return facts;
  }

  private static String clause(String reply, ReplySentence sentence, Span span) {
    int start = sentence.start();
    Matcher before = CLAUSE_END.matcher(reply).region(sentence.start(), span.start());
    while (before.find()) {
      start = before.end();
    }
    Matcher after = CLAUSE_END.matcher(reply).region(span.end(), sentence.end());
    return reply.substring(start, after.find() ? after.start() : sentence.end());
  }

  /** Pairs the clock times of one sentence into spans of hours where they are joined. */
  private static List<Span> spans(String reply, ReplySentence sentence, List<Clock> clocks) {
    List<Span> spans = new ArrayList<>();
    int previousEnd = sentence.start();
    for (int i = 0; i < clocks.size(); i++) {
      Clock clock = clocks.get(i);
      Clock next = i + 1 < clocks.size() ? clocks.get(i + 1) : null;
      if (next != null && RANGE_GAP.matcher(reply.substring(clock.end(), next.start())).find()) {
        spans.add(new Span(clock.start(), next.end(), clock, next,
            reply.substring(clock.start(), next.end())));
        previousEnd = next.end();
        i++;
        continue;
      }
      Matcher bare = BARE_START.matcher(reply.substring(previousEnd, clock.start()));
      if (bare.find()) {
        int start = previousEnd + bare.start();
        Clock from = new Clock(start, start + bare.group(1).length(),
            inherit(Integer.parseInt(bare.group(1)), minutes(bare.group(2)), clock), false);
        if (from.time() != null) {
          spans.add(new Span(start, clock.end(), from, clock, reply.substring(start, clock.end())));
          previousEnd = clock.end();
          continue;
        }
      }
      spans.add(new Span(clock.start(), clock.end(), clock, null,
          reply.substring(clock.start(), clock.end())));
      previousEnd = clock.end();
    }
    return spans;
  }

  /** "12–10 PM": the start takes the end's am/pm unless that would put it after the end. */
  private static LocalTime inherit(int hour, int minute, Clock end) {
    if (minute > 59 || hour > 23) {
      return null;
    }
    if (!end.meridiem()) {
      return LocalTime.of(hour, minute);
    }
    if (hour < 1 || hour > 12) {
      return null;
    }
    LocalTime pm = LocalTime.of(hour % 12 + 12, minute);
    LocalTime am = LocalTime.of(hour % 12, minute);
    boolean endIsPm = end.time().getHour() >= 12;
    return endIsPm && !pm.isAfter(end.time()) ? pm : am;
  }

  private static List<Clock> clocks(String reply) {
    List<Clock> clocks = new ArrayList<>();
    Matcher m = MERIDIEM.matcher(reply);
    while (m.find()) {
      int hour = Integer.parseInt(m.group(1));
      int minute = minutes(m.group(2));
      if (hour >= 1 && hour <= 12 && minute <= 59) {
        boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
        clocks.add(new Clock(m.start(), m.end(), LocalTime.of(hour % 12 + (pm ? 12 : 0), minute),
            true));
      }
    }
    add(clocks, CLOCK_24, reply, m24 -> {
      int hour = Integer.parseInt(m24.group(1));
      int minute = Integer.parseInt(m24.group(2));
      return hour <= 23 && minute <= 59 ? LocalTime.of(hour, minute) : null;
    });
    add(clocks, NOON, reply, noon ->
        noon.group(1).equalsIgnoreCase("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON);
    clocks.sort(Comparator.comparingInt(Clock::start));
    return clocks;
  }

  private static void add(List<Clock> clocks, Pattern pattern, String reply,
      java.util.function.Function<Matcher, LocalTime> read) {
    Matcher m = pattern.matcher(reply);
    while (m.find()) {
      int start = m.start();
      LocalTime time = read.apply(m);
      if (time != null
          && clocks.stream().noneMatch(other -> other.start() <= start && start < other.end())) {
        clocks.add(new Clock(m.start(), m.end(), time, pattern == NOON));
      }
    }
  }

  private static List<Days> weekdays(String reply) {
    List<Days> found = new ArrayList<>();
    Matcher m = WEEKDAYS.matcher(reply);
    while (m.find()) {
      DayOfWeek first = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      List<DayOfWeek> days = new ArrayList<>(List.of(first));
      if (m.group(2) != null) {
        DayOfWeek last = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        for (DayOfWeek day = first.plus(1); day != last.plus(1); day = day.plus(1)) {
          days.add(day);
        }
      }
      found.add(new Days(m.start(), m.end(), days));
    }
    return found;
  }

  private static int minutes(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }
}
