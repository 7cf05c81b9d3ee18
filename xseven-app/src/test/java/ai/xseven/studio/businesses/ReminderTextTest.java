package ai.xseven.studio.businesses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReminderTextTest {

  @Test
  void shortFormsBecomeIsoDurationsAndBack() {
    assertThat(ReminderText.parse("48h, 90m , 2d,")).containsExactly("PT48H", "PT1H30M", "PT48H");
    assertThat(ReminderText.format(java.util.List.of("PT24H", "PT2H", "PT90M")))
        .isEqualTo("1d, 2h, 90m");
    assertThat(ReminderText.parse(" ")).isEmpty();
  }

  @Test
  void theSettingsComplaintsNameTheEntryAsTheOwnerTypedIt() {
    assertThat(ReminderText.entries("48h, soon, 48h")).containsExactly("48h", "soon", "48h");
    assertThat(ReminderText.explain("soon", "'SOON' is not an ISO-8601 duration such as PT24H."))
        .isEqualTo("'soon' is not a reminder time; write e.g. 24h, 90m or 2d.");
    assertThat(ReminderText.explain("48h", "PT48H is listed twice."))
        .isEqualTo("48h is listed twice.");
    assertThat(ReminderText.explain("PT2H", "PT2H is listed twice."))
        .isEqualTo("PT2H is listed twice.");
  }
}
