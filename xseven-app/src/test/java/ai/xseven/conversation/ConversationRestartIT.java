package ai.xseven.conversation;

import static ai.xseven.DemoData.MARIOS;
import static ai.xseven.DemoData.spoken;
import static ai.xseven.DemoData.upcoming;
import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.XSevenApplication;
import java.nio.file.Path;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default on its file database: stop the application, start it, carry on. */
class ConversationRestartIT {

  @TempDir Path dataDir;

  private ConfigurableApplicationContext startApplication() {
    return new SpringApplicationBuilder(XSevenApplication.class)
        .run("--server.port=0", "--xseven.data-dir=" + dataDir);
  }

  private static ChatApi api(ConfigurableApplicationContext app) {
    String port = app.getEnvironment().getProperty("local.server.port");
    return new ChatApi(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
  }

  @Test
  void anOpenConversationResumesAtTheSameStageAfterARestart() {
    String id;
    String bookedConversation;
    String workflowId;
    try (ConfigurableApplicationContext app = startApplication()) {
      ChatApi api = api(app);
      id = api.start(MARIOS);
      ChatApi.Reply asked =
          api.say(id, "A table for 2 on " + spoken(upcoming(DayOfWeek.FRIDAY)) + " at 9pm please");
      assertThat(asked.stage()).isEqualTo("collecting");

      bookedConversation = api.start(MARIOS);
      api.say(bookedConversation,
          "Book a table for 5 on " + spoken(upcoming(DayOfWeek.SATURDAY)) + " at 8pm, I'm Paolo Neri");
      workflowId = api.say(bookedConversation, "yes").body().path("workflowIds").path(0).asText();
      assertThat(workflowId).startsWith("appointment-");
    }

    try (ConfigurableApplicationContext app = startApplication()) {
      ChatApi api = api(app);
      ChatApi.Reply before = api.get("/api/v1/conversations/" + id);
      assertThat(before.stage()).isEqualTo("collecting");
      assertThat(before.body().path("activeActivities").toString()).contains("Receive_UserMessage");

      ChatApi.Reply summary = api.say(id, "Chiara Russo");
      assertThat(summary.stage()).isEqualTo("confirming");
      assertThat(summary.text()).contains("a table for 2", "9:00 PM", "Chiara Russo");

      // The in-process Temporal server forgets everything on stop; start-up re-arms the reminders.
      ChatApi.Reply workflow = api.get("/api/v1/workflows/" + workflowId);
      assertThat(workflow.status()).isEqualTo(200);
    }
  }
}
