package ai.xseven;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.UUID;

/** The seeded demo businesses and dates that tests can name in plain words. */
public final class DemoData {

  public static final UUID MARIOS = demoId("marios-italian");
  public static final UUID GLOW = demoId("glow-beauty-studio");
  public static final UUID BELLA = demoId("bella-hair-nails");
  public static final ZoneId ZONE = ZoneId.of("America/New_York");

  private DemoData() {}

  private static UUID demoId(String slug) {
    return UUID.nameUUIDFromBytes(("xseven-demo:" + slug).getBytes(StandardCharsets.UTF_8));
  }

  /** A given weekday at least a week ahead, so lead times and "today" never interfere. */
  public static LocalDate upcoming(DayOfWeek day) {
    return LocalDate.now(ZONE).plusWeeks(1).with(TemporalAdjusters.nextOrSame(day));
  }

  /** "November 27": how a customer names a day. */
  public static String spoken(LocalDate date) {
    return DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH).format(date);
  }
}
