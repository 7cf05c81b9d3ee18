package ai.xseven.conversation;

import static ai.xseven.DemoData.MARIOS;
import static ai.xseven.DemoData.ZONE;
import static ai.xseven.DemoData.spoken;
import static ai.xseven.DemoData.upcoming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.xseven.support.PushListener;
import ai.xseven.workflow.TimeSkippingTemporalConfiguration;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A reminder sent by the appointment workflow reaches the customer's open WebSocket. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "xseven.temporal.mode=time-skipping")
@Import(TimeSkippingTemporalConfiguration.class)
@ActiveProfiles("test")
class ReminderPushIT {

  @Autowired TestRestTemplate http;
  @Autowired TestWorkflowEnvironment temporal;
  @LocalServerPort int port;

  @Test
  void theReminderADayBeforeIsPushedToTheOpenSocket() throws Exception {
    ChatApi api = new ChatApi(http);
    String id = api.start(MARIOS);
    LocalDate saturday = upcoming(DayOfWeek.SATURDAY);
    api.say(id, "Book a table for 2 on " + spoken(saturday) + " at 8pm, my name is Sara Conti");

    try (PushListener socket = new PushListener(port, id)) {
      assertThat(api.say(id, "yes").text()).contains("Done!");
      await().atMost(Duration.ofSeconds(20)).until(() ->
          socket.frames().stream().anyMatch(frame -> frame.contains("\"notification\"")));

      Instant dayBefore = saturday.atTime(LocalTime.of(20, 0)).atZone(ZONE).toInstant()
          .minus(Duration.ofHours(24));
      temporal.sleep(Duration.between(Instant.ofEpochMilli(temporal.currentTimeMillis()), dayBefore)
          .plusMinutes(1));

      await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
          assertThat(socket.frames()).anyMatch(frame ->
              frame.contains("\"notification\"") && frame.contains("Reminder")
                  && frame.contains("tomorrow")));
    }
  }
}
