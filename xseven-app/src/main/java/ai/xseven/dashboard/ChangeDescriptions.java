package ai.xseven.dashboard;

import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.OpeningPeriod;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** How a change of opening hours reads for the owner: only the days that change. */
final class ChangeDescriptions {

  private ChangeDescriptions() {}

  /** "Fridays: 12:00 PM to 11:00 PM → 12:00 PM to 10:00 PM; Mondays: closed → …". */
  static String hours(List<OpeningPeriod> before, List<OpeningPeriod> after) {
    List<String> days = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      String was = describe(before, day);
      String will = describe(after, day);
      if (!was.equals(will)) {
        days.add(HoursRequests.plural(day) + ": " + was + " → " + will);
      }
    }
    return String.join("; ", days);
  }

  /** "you are open on Fridays 12:00 PM to 10:00 PM, you are closed on Mondays": changed days. */
  static String newHours(List<OpeningPeriod> before, List<OpeningPeriod> after) {
    List<String> days = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      String will = describe(after, day);
      if (!describe(before, day).equals(will)) {
        days.add(will.equals("closed")
            ? "you are closed on " + HoursRequests.plural(day)
            : "you are open on " + HoursRequests.plural(day) + " " + will);
      }
    }
    return String.join(", ", days);
  }

  private static String describe(List<OpeningPeriod> periods, DayOfWeek day) {
    List<OpeningPeriod> ofDay =
        periods.stream().filter(period -> period.dayOfWeek() == day).collect(Collectors.toList());
    return ofDay.isEmpty() ? "closed" : OpeningPeriod.describe(ofDay);
  }

  /** "the menu" or "your services". */
  static String catalogNoun(BusinessProfile business) {
    return business.kind() == BusinessKind.RESTAURANT ? "the menu" : "your services";
  }
}
