package ai.xseven.business;

import java.time.DayOfWeek;
import java.time.LocalTime;

public record OpeningPeriod(DayOfWeek dayOfWeek, LocalTime opens, LocalTime closes) {

  boolean covers(LocalTime start, LocalTime end) {
    return !start.isBefore(opens) && !end.isAfter(closes) && !end.isBefore(start);
  }
}
