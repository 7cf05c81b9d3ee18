package ai.xseven.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ai.xseven.business.BusinessService;
import ai.xseven.business.WorkflowSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/**
 * Delivery per channel against the real {@code notification_delivery} table (the migrations on an
 * in-memory database): once per dedup key and channel, a failed channel retried alone, channels
 * the business lists but this installation lacks skipped.
 */
@ExtendWith(OutputCaptureExtension.class)
class NotificationsTest {

  private static final UUID BUSINESS = UUID.randomUUID();

  private final BusinessService businesses = mock(BusinessService.class);
  private final List<OwnerAlert> ownerInbox = new ArrayList<>();
  private final RecordingChannel conversation = new RecordingChannel("conversation");
  private final RecordingChannel email = new RecordingChannel("email");
  private final RecordingChannel sms = new RecordingChannel("sms");
  private EmbeddedDatabase database;
  private JdbcClient jdbc;
  private Notifications notifications;

  @BeforeEach
  void migrate() {
    database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
        .generateUniqueName(true).build();
    Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
    jdbc = JdbcClient.create(database);
    notifications = new Notifications(
        new NotificationChannels(List.of(conversation, email, sms)),
        new NotificationDeliveries(jdbc, Clock.systemUTC()), businesses, ownerInbox::add,
        new DataSourceTransactionManager(database));
  }

  @AfterEach
  void shutDown() {
    database.shutdown();
  }

  @Test
  void deliversOnEachChannelOfTheBusinessOnceHoweverOftenItIsSent() {
    uses("conversation", "email");
    Notification reminder = notification("appointment-1-reminder-60m");

    notifications.notifyCustomer(reminder);
    notifications.notifyCustomer(reminder);

    assertThat(conversation.delivered).containsExactly(reminder);
    assertThat(email.delivered).containsExactly(reminder);
    assertThat(sms.delivered).isEmpty();
    assertThat(deliveries("appointment-1-reminder-60m")).containsExactly("conversation", "email");
  }

  @Test
  void aNotificationWithAnotherKeyIsDeliveredToo() {
    uses("conversation");

    notifications.notifyCustomer(notification("appointment-1-confirmation"));
    notifications.notifyCustomer(notification("appointment-1-reminder-60m"));

    assertThat(conversation.delivered).extracting(Notification::dedupKey)
        .containsExactly("appointment-1-confirmation", "appointment-1-reminder-60m");
  }

  @Test
  void aFailingChannelFailsTheCallAfterTheOthersAndOnlyItIsAskedAgain() {
    uses("email", "conversation", "sms");
    email.failuresLeft = 1;
    Notification reminder = notification("appointment-2-reminder-1440m");

    assertThatThrownBy(() -> notifications.notifyCustomer(reminder))
        .isInstanceOf(DeliveryFailedException.class)
        .hasMessageContaining("appointment-2-reminder-1440m")
        .hasMessageContaining("email")
        .hasMessageNotContaining("sms");
    assertThat(conversation.delivered).containsExactly(reminder);
    assertThat(sms.delivered).containsExactly(reminder);
    assertThat(email.delivered).isEmpty();
    assertThat(deliveries("appointment-2-reminder-1440m")).containsExactly("conversation", "sms");

    notifications.notifyCustomer(reminder); // the activity's retry

    assertThat(email.delivered).containsExactly(reminder);
    assertThat(conversation.delivered).containsExactly(reminder);
    assertThat(sms.delivered).containsExactly(reminder);
    assertThat(deliveries("appointment-2-reminder-1440m"))
        .containsExactly("conversation", "email", "sms");
  }

  @Test
  void aChannelThatKeepsFailingKeepsFailingTheCall() {
    uses("conversation", "email");
    email.failuresLeft = 2;
    Notification reminder = notification("appointment-3-reminder-60m");

    assertThatThrownBy(() -> notifications.notifyCustomer(reminder))
        .isInstanceOf(DeliveryFailedException.class);
    assertThatThrownBy(() -> notifications.notifyCustomer(reminder))
        .isInstanceOf(DeliveryFailedException.class);

    assertThat(conversation.delivered).hasSize(1);
    assertThat(email.delivered).isEmpty();
  }

  @Test
  void aChannelTheInstallationLacksIsLoggedAndSkipped(CapturedOutput output) {
    uses("whatsapp", "conversation");
    Notification reminder = notification("appointment-4-reminder-60m");

    notifications.notifyCustomer(reminder);

    assertThat(conversation.delivered).containsExactly(reminder);
    assertThat(deliveries("appointment-4-reminder-60m")).containsExactly("conversation");
    assertThat(output.getOut()).contains("'whatsapp', which is not installed");
  }

  @Test
  void anUnknownBusinessIsNotifiedOnTheDefaultChannel() {
    when(businesses.workflowSettings(BUSINESS)).thenReturn(Optional.empty());
    Notification reminder = notification("appointment-5-confirmation");

    notifications.notifyCustomer(reminder);

    assertThat(conversation.delivered).containsExactly(reminder);
    assertThat(email.delivered).isEmpty();
  }

  @Test
  void ownerAlertsGoToTheOwnerInbox() {
    OwnerAlert noShow = new OwnerAlert("appointment-6-no-show", BUSINESS, null, "no-show",
        "Sara did not come to her 8 PM table.");

    notifications.alertOwner(noShow);

    assertThat(ownerInbox).containsExactly(noShow);
  }

  private void uses(String... channels) {
    WorkflowSettings d = WorkflowSettings.DEFAULTS;
    when(businesses.workflowSettings(BUSINESS)).thenReturn(Optional.of(new WorkflowSettings(
        d.reminderOffsets(), d.checkInOpensMinutes(), d.noShowAfterMinutes(),
        d.followUpAfterMinutes(), d.orderAcceptTimeoutMinutes(), d.orderPrepareMinutes(),
        d.orderPickupMinutes(), List.of(channels))));
  }

  private static Notification notification(String dedupKey) {
    return new Notification(dedupKey, BUSINESS, UUID.randomUUID(), "Sara Conti",
        "sara@example.com", "reminder", "Reminder: your table for 2 is at 8 PM.");
  }

  private List<String> deliveries(String dedupKey) {
    return jdbc.sql("select channel from notification_delivery where dedup_key = ? order by channel")
        .param(dedupKey).query(String.class).list();
  }

  static class RecordingChannel implements NotificationChannel {
    final String name;
    final List<Notification> delivered = new CopyOnWriteArrayList<>();
    int failuresLeft;

    RecordingChannel(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void deliver(Notification notification) {
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new IllegalStateException(name + " provider unavailable");
      }
      delivered.add(notification);
    }
  }
}
