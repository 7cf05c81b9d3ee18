package ai.xseven.dashboard;

import ai.xseven.business.OpeningPeriod;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an owner's change of opening hours and turns it into the whole new week: "we close at
 * 11pm on Fridays", "we open at 10am on Sundays", "open on Mondays from 12pm to 10pm", "we are
 * closed on Mondays".
 */
final class HoursRequests {

  private static final String TIME = "(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?";
  private static final Pattern DAYS = Pattern.compile(
      "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend)s?\\b"
          + "|\\b(every ?day|daily)\\b");
  private static final Pattern FROM_TO = Pattern.compile(
      "\\b(?:open|opens|opening)\\b.*?\\b(?:from\\s+)?" + TIME + "\\s*(?:to|until|till|-)\\s*"
          + TIME);
  private static final Pattern CLOSE_AT =
      Pattern.compile("\\b(?:close|closes|closing)\\s+(?:at\\s+)?" + TIME);
  private static final Pattern OPEN_AT =
      Pattern.compile("\\b(?:open|opens|opening)\\s+(?:at\\s+)?" + TIME);
  private static final Pattern CLOSED_ALL_DAY = Pattern.compile("\\b(?:closed|close)\\s+(?:on|all day)\\b|\\bclosed\\b");
  private static final Pattern ABOUT_HOURS =
      Pattern.compile("\\b(open|opens|opening|close|closes|closing|closed|hours)\\b");
  private static final Pattern CHANGE_WORDS = Pattern.compile(
      "\\b(we|we'll|well|were|we are|we will|change|set|make|now|from now on|starting|going to)\\b");

  private HoursRequests() {}

  /**
   * Whether the message changes the opening hours rather than asks for them.
   *
   * @param raw the message as written (a question mark makes it a question)
   * @param text the normalised message
   */
  static boolean isHoursChange(String raw, String text) {
    return ABOUT_HOURS.matcher(text).find() && CHANGE_WORDS.matcher(text).find()
        && !raw.strip().endsWith("?") && !text.startsWith("when ") && !text.startsWith("what ");
  }

  /** The new week, or what is missing to build it. */
  static OwnerRequest read(String text, List<OpeningPeriod> current) {
    Set<DayOfWeek> days = days(text);
    if (days.isEmpty()) {
      return new OwnerRequest.Unclear("On which days? For example: \"we close at 10pm on"
          + " Fridays\" or \"open on Mondays from 12pm to 10pm\".");
    }
    List<OpeningPeriod> week = new ArrayList<>(current);
    Matcher fromTo = FROM_TO.matcher(text);
    Matcher closeAt = CLOSE_AT.matcher(text);
    Matcher openAt = OPEN_AT.matcher(text);
    boolean closing = closeAt.find();
    boolean opening = !closing && openAt.find();
    if (fromTo.find()) {
      Optional<LocalTime> opens = time(fromTo, 1);
      Optional<LocalTime> closes = time(fromTo, 4);
      if (opens.isEmpty() || closes.isEmpty()) {
        return unreadableTime();
      }
      week.removeIf(period -> days.contains(period.dayOfWeek()));
      days.forEach(day -> week.add(new OpeningPeriod(day, opens.get(), closes.get())));
    } else if (closing || opening) {
      Matcher at = closing ? closeAt : openAt;
      Optional<LocalTime> time = time(at, 1);
      if (time.isEmpty()) {
        return unreadableTime();
      }
      for (DayOfWeek day : days) {
        List<OpeningPeriod> ofDay = week.stream()
            .filter(period -> period.dayOfWeek() == day)
            .sorted(Comparator.comparing(OpeningPeriod::opens))
            .toList();
        if (ofDay.isEmpty()) {
          return new OwnerRequest.Unclear("You are closed on " + plural(day) + " now; tell me"
              + " both times, for example \"open on " + plural(day) + " from 12pm to 10pm\".");
        }
        OpeningPeriod changed = closing ? ofDay.get(ofDay.size() - 1) : ofDay.get(0);
        week.remove(changed);
        week.add(closing
            ? new OpeningPeriod(day, changed.opens(), time.get())
            : new OpeningPeriod(day, time.get(), changed.closes()));
      }
    } else if (CLOSED_ALL_DAY.matcher(text).find()) {
      week.removeIf(period -> days.contains(period.dayOfWeek()));
    } else {
      return unreadableTime();
    }
    week.sort(Comparator.comparing(OpeningPeriod::dayOfWeek).thenComparing(OpeningPeriod::opens));
    return new OwnerRequest.Change(MenuChangeRequest.hours(week));
  }

  private static OwnerRequest unreadableTime() {
    return new OwnerRequest.Unclear("What time? For example: \"we close at 10pm on Fridays\","
        + " \"open on Sundays from 11am to 9pm\" or \"we are closed on Mondays\".");
  }

  static Set<DayOfWeek> days(String text) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    Matcher matcher = DAYS.matcher(text);
    while (matcher.find()) {
      if (matcher.group(2) != null) {
        days.addAll(EnumSet.allOf(DayOfWeek.class));
      } else if (matcher.group(1).equals("weekday")) {
        days.addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
      } else if (matcher.group(1).equals("weekend")) {
        days.addAll(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
      } else {
        days.add(DayOfWeek.valueOf(matcher.group(1).toUpperCase(Locale.ROOT)));
      }
    }
    return days;
  }

  /** "11pm", "11:30 pm", "23:00"; a bare hour without am/pm is read as given (24-hour). */
  private static Optional<LocalTime> time(Matcher matcher, int first) {
    int hour = Integer.parseInt(matcher.group(first));
    int minute = matcher.group(first + 1) == null ? 0 : Integer.parseInt(matcher.group(first + 1));
    String half = matcher.group(first + 2);
    if (half != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      boolean pm = half.startsWith("p");
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute));
  }

  static String plural(DayOfWeek day) {
    String name = day.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    return name + "s";
  }
}
