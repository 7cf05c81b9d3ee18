package ai.xseven.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.notification.NotificationsTest.RecordingChannel;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Channels as plugins: the logging defaults, and a developer's channel in place of one. */
@ExtendWith(OutputCaptureExtension.class)
class NotificationChannelsTest {

  private final LoggingChannels defaults = new LoggingChannels();

  @Test
  void aFreshInstallationHasTheLoggingEmailAndSmsChannels() {
    NotificationChannels channels = new NotificationChannels(List.of(
        new RecordingChannel("conversation"), defaults.emailNotificationChannel(),
        defaults.smsNotificationChannel()));

    assertThat(channels.installed()).containsExactlyInAnyOrder("conversation", "email", "sms");
    assertThat(channels.named("email")).containsInstanceOf(LoggingChannel.class);
  }

  @Test
  void aDevelopersChannelReplacesTheLoggingOneOfTheSameName() {
    RecordingChannel provider = new RecordingChannel("sms");

    NotificationChannels channels = new NotificationChannels(List.of(
        defaults.emailNotificationChannel(), defaults.smsNotificationChannel(), provider));

    assertThat(channels.named("sms")).containsSame(provider);
    assertThat(channels.named("email")).containsInstanceOf(LoggingChannel.class);
  }

  @Test
  void twoChannelsOfOneNameStopTheStartUp() {
    assertThatThrownBy(() -> new NotificationChannels(List.of(
        new RecordingChannel("sms"), new RecordingChannel("sms"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Two notification channels are called 'sms'");
  }

  @Test
  void theLoggingChannelsLogWhatAProviderWouldSendAndToWhom(CapturedOutput output) {
    Notification reminder = new Notification("appointment-7-reminder-60m", UUID.randomUUID(),
        null, "Sara Conti", "+1 555 0100", "reminder", "Your table for 2 is at 8 PM.");
    Notification withoutContact = new Notification("appointment-8-confirmation",
        UUID.randomUUID(), null, "Ben Ito", null, "confirmation", "See you on Friday.");

    defaults.smsNotificationChannel().deliver(reminder);
    defaults.emailNotificationChannel().deliver(withoutContact);

    assertThat(output.getOut())
        .contains("[sms] to +1 555 0100 (reminder, appointment-7-reminder-60m): "
            + "Your table for 2 is at 8 PM.")
        .contains("[email] to Ben Ito (confirmation, appointment-8-confirmation): "
            + "See you on Friday.");
  }
}
