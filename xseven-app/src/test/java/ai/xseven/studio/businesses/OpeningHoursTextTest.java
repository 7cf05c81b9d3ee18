package ai.xseven.studio.businesses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.business.OpeningPeriod;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningHoursTextTest {

  @Test
  void readsADayWithTwoPeriodsAndWritesItBack() {
    List<OpeningPeriod> day = OpeningHoursText.parse(DayOfWeek.FRIDAY, "12:00-15:00, 18:00 - 23:00");
    assertThat(day).containsExactly(
        new OpeningPeriod(DayOfWeek.FRIDAY, LocalTime.NOON, LocalTime.of(15, 0)),
        new OpeningPeriod(DayOfWeek.FRIDAY, LocalTime.of(18, 0), LocalTime.of(23, 0)));
    assertThat(OpeningHoursText.format(day)).isEqualTo("12:00-15:00, 18:00-23:00");
  }

  @Test
  void anEmptyDayOrClosedIsClosed() {
    assertThat(OpeningHoursText.parse(DayOfWeek.MONDAY, " ")).isEmpty();
    assertThat(OpeningHoursText.parse(DayOfWeek.MONDAY, "Closed")).isEmpty();
  }

  @Test
  void namesTheDayAndThePartThatIsNotAPeriod() {
    assertThatThrownBy(() -> OpeningHoursText.parse(DayOfWeek.TUESDAY, "noon till late"))
        .hasMessage("Tuesday: 'noon till late' is not a period; write periods like "
            + "12:00-15:00, 18:00-22:00, or leave the day empty when closed.");
  }
}
