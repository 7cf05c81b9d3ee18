package ai.xseven.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.business.OpeningPeriod;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoursRequestsTest {

  static final List<OpeningPeriod> WEEK = List.of(
      new OpeningPeriod(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(22, 0)),
      new OpeningPeriod(DayOfWeek.FRIDAY, LocalTime.of(12, 0), LocalTime.of(23, 0)),
      new OpeningPeriod(DayOfWeek.SUNDAY, LocalTime.of(12, 0), LocalTime.of(21, 0)));

  @Test
  void aNewClosingTimeChangesOnlyThatDaysLastPeriod() {
    assertThat(week("we close at 10:30pm on Fridays")).containsExactly(
        WEEK.get(0),
        new OpeningPeriod(DayOfWeek.FRIDAY, LocalTime.of(12, 0), LocalTime.of(22, 30)),
        WEEK.get(2));
  }

  @Test
  void openingFromToReplacesTheDayAndClosedRemovesIt() {
    assertThat(week("we will open on Mondays from 11am to 3pm")).contains(
        new OpeningPeriod(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(15, 0)));
    assertThat(week("we are closed on Sundays")).containsExactly(WEEK.get(0), WEEK.get(1));
  }

  @Test
  void aClosedDayNeedsBothTimesAndAChangeNeedsADay() {
    assertThat(HoursRequests.read(CatalogNames.normalise("we open at 10am on Mondays"), WEEK))
        .isEqualTo(new OwnerRequest.Unclear("You are closed on Mondays now; tell me both times,"
            + " for example \"open on Mondays from 12pm to 10pm\"."));
    assertThat(HoursRequests.read(CatalogNames.normalise("we close at 10pm"), WEEK))
        .isInstanceOf(OwnerRequest.Unclear.class);
  }

  @Test
  void aQuestionAboutHoursIsNotAChange() {
    String question = "when do we close on Fridays?";
    assertThat(HoursRequests.isHoursChange(question, CatalogNames.normalise(question))).isFalse();
    String change = "we close at 11pm on Fridays";
    assertThat(HoursRequests.isHoursChange(change, CatalogNames.normalise(change))).isTrue();
  }

  private static List<OpeningPeriod> week(String message) {
    OwnerRequest request = HoursRequests.read(CatalogNames.normalise(message), WEEK);
    assertThat(request).isInstanceOf(OwnerRequest.Change.class);
    return ((OwnerRequest.Change) request).change().week();
  }
}
