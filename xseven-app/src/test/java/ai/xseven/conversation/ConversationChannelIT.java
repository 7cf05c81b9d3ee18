package ai.xseven.conversation;

import static ai.xseven.DemoData.MARIOS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ai.xseven.business.BusinessService;
import ai.xseven.business.WorkflowSettings;
import ai.xseven.notification.DeliveryFailedException;
import ai.xseven.notification.Notification;
import ai.xseven.notification.NotificationChannel;
import ai.xseven.notification.Notifications;
import ai.xseven.notification.OwnerAlert;
import ai.xseven.support.PushListener;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The conversation channel against the application's database: a notification becomes one
 * transcript line and one outbox frame, pushed to an open socket or read on return, however often
 * it is delivered; owner alerts are listed once. The e-mail channel is replaced by one that can
 * fail, as a developer would replace it with a real provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ConversationChannelIT.FlakyEmail.class)
@ActiveProfiles("test")
class ConversationChannelIT {

  @Autowired TestRestTemplate http;
  @Autowired Notifications notifications;
  @Autowired ConversationChannel channel;
  @Autowired BusinessService businesses;
  @Autowired FlakyEmail email;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @TestConfiguration(proxyBeanMethods = false)
  static class FlakyEmail {
    final AtomicInteger failuresLeft = new AtomicInteger();
    final List<Notification> sent = new CopyOnWriteArrayList<>();

    @Bean
    NotificationChannel flakyEmailChannel() {
      return new NotificationChannel() {
        @Override
        public String name() {
          return "email";
        }

        @Override
        public void deliver(Notification notification) {
          if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("mail server unavailable");
          }
          sent.add(notification);
        }
      };
    }
  }

  @Test
  void aNotificationDeliveredTwiceIsOneLineAndOneFrame() throws Exception {
    String conversationId = new ChatApi(http).start(MARIOS);
    Notification reminder = reminder(conversationId);
    Notification later = reminder(conversationId);
    List<String> probes = new CopyOnWriteArrayList<>();

    try (PushListener socket = new PushListener(port, conversationId)) {
      // The server registers the socket just after the handshake, and a frame published before
      // that is not pushed (the transcript keeps it): probe until one arrives.
      await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
        Notification probe = reminder(conversationId);
        notifications.notifyCustomer(probe);
        probes.add(probe.text());
        return probes.stream().anyMatch(text -> framesWith(socket, text) == 1);
      });
      notifications.notifyCustomer(reminder);
      notifications.notifyCustomer(reminder); // the activity retried after a lost reply
      channel.deliver(reminder); // and the channel asked directly, past the delivery record

      // Frames of one conversation arrive in order: once this one is in, a duplicate would be too.
      notifications.notifyCustomer(later);
      await().atMost(Duration.ofSeconds(20)).until(() -> framesWith(socket, later.text()) == 1);
      assertThat(framesWith(socket, reminder.text())).isEqualTo(1);
      assertThat(socket.frames()).filteredOn(frame -> frame.contains(reminder.text()))
          .allMatch(frame -> frame.contains("\"type\":\"notification\""));
    }
    assertThat(notificationLines(conversationId))
        .containsExactlyElementsOf(
            Stream.concat(probes.stream(), Stream.of(reminder.text(), later.text())).toList());
    assertThat(jdbc.sql("select count(*) from outbox where conversation_id = ? and payload like ?")
        .params(UUID.fromString(conversationId), "%" + reminder.text() + "%")
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void aCustomerWhoWasAwaySeesTheNotificationWhenTheyReturn() {
    String conversationId = new ChatApi(http).start(MARIOS);
    Notification reminder = reminder(conversationId);

    notifications.notifyCustomer(reminder);

    assertThat(notificationLines(conversationId)).containsExactly(reminder.text());
  }

  @Test
  void aRetryAfterAnotherChannelFailedShowsTheLineOnceAndSendsTheEmailOnce() {
    WorkflowSettings before = businesses.workflowSettings(MARIOS).orElseThrow();
    businesses.changeWorkflowSettings(MARIOS, channels(before, "conversation", "email"));
    try {
      String conversationId = new ChatApi(http).start(MARIOS);
      Notification reminder = reminder(conversationId);
      email.failuresLeft.set(1);

      assertThatThrownBy(() -> notifications.notifyCustomer(reminder))
          .isInstanceOf(DeliveryFailedException.class);
      assertThat(notificationLines(conversationId)).containsExactly(reminder.text());
      assertThat(email.sent).doesNotContain(reminder);

      notifications.notifyCustomer(reminder);

      assertThat(notificationLines(conversationId)).containsExactly(reminder.text());
      assertThat(email.sent).containsOnlyOnce(reminder);
    } finally {
      businesses.changeWorkflowSettings(MARIOS, before);
    }
  }

  @Test
  void anOwnerAlertIsListedOnceHoweverOftenItIsSent() {
    String text = "Table for 2 at 8 PM: no-show (" + UUID.randomUUID() + ")";
    OwnerAlert noShow = new OwnerAlert("appointment-" + UUID.randomUUID() + "-no-show", MARIOS,
        null, "no-show", text);

    notifications.alertOwner(noShow);
    notifications.alertOwner(noShow);

    JsonNode listed = new ChatApi(http).call(HttpMethod.GET,
        "/api/v1/businesses/" + MARIOS + "/notifications", null,
        Map.of("Authorization", "Bearer demo-owner-marios-italian"))
        .body();
    List<JsonNode> mine = StreamSupport.stream(listed.spliterator(), false)
        .filter(notification -> notification.path("text").asText().equals(text)).toList();
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).path("kind").asText()).isEqualTo("no-show");
  }

  @Test
  void anOwnerAlertKeepsItsConversationAndOneForAnUnknownConversationIsStoredWithoutIt() {
    String conversationId = new ChatApi(http).start(MARIOS);
    String known = "Order waiting (" + UUID.randomUUID() + ")";
    String unknown = "No-show (" + UUID.randomUUID() + ")";

    notifications.alertOwner(new OwnerAlert("order-" + UUID.randomUUID() + "-escalation",
        MARIOS, UUID.fromString(conversationId), "order-overdue", known));
    notifications.alertOwner(new OwnerAlert("appointment-" + UUID.randomUUID() + "-no-show",
        MARIOS, UUID.randomUUID(), "no-show", unknown));

    JsonNode listed = new ChatApi(http).call(HttpMethod.GET,
        "/api/v1/businesses/" + MARIOS + "/notifications", null,
        Map.of("Authorization", "Bearer demo-owner-marios-italian"))
        .body();
    assertThat(withText(listed, known).path("conversationId").asText())
        .isEqualTo(conversationId);
    assertThat(withText(listed, unknown).path("conversationId").isNull()).isTrue();
  }

  private static JsonNode withText(JsonNode listed, String text) {
    return StreamSupport.stream(listed.spliterator(), false)
        .filter(notification -> notification.path("text").asText().equals(text))
        .findFirst().orElseThrow(() -> new AssertionError(text + " not listed in " + listed));
  }

  private static Notification reminder(String conversationId) {
    String id = UUID.randomUUID().toString();
    return new Notification("appointment-" + id + "-reminder-60m", MARIOS,
        UUID.fromString(conversationId), "Sara Conti", "sara@example.com", "reminder",
        "Reminder: your table for 2 is at 8 PM today (" + id + ").");
  }

  private List<String> notificationLines(String conversationId) {
    JsonNode messages = new ChatApi(http).get("/api/v1/conversations/" + conversationId).body()
        .path("messages");
    return StreamSupport.stream(messages.spliterator(), false)
        .filter(message -> message.path("role").asText().equals("notification"))
        .map(message -> message.path("text").asText())
        .toList();
  }

  private static long framesWith(PushListener socket, String text) {
    return socket.frames().stream().filter(frame -> frame.contains(text)).count();
  }

  private static WorkflowSettings channels(WorkflowSettings s, String... channels) {
    return new WorkflowSettings(s.reminderOffsets(), s.checkInOpensMinutes(),
        s.noShowAfterMinutes(), s.followUpAfterMinutes(), s.orderAcceptTimeoutMinutes(),
        s.orderPrepareMinutes(), s.orderPickupMinutes(), List.of(channels));
  }
}
