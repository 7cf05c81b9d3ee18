package ai.xseven.business;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.conversation.ChatApi;
import ai.xseven.conversation.ChatApi.Reply;
import ai.xseven.security.OwnerTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** An owner reads and replaces the workflow settings of their business over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkflowSettingsApiIT {

  @Autowired TestRestTemplate http;
  @Autowired BusinessRepository businesses;
  @Autowired CatalogItemRepository catalog;
  @Autowired OpeningHoursRepository hours;
  @Autowired BusinessService service;
  @Autowired OwnerTokens owners;
  @Autowired JdbcClient jdbc;

  ChatApi api;
  Business salon;
  String path;
  Map<String, String> signedIn;

  @BeforeEach
  void openASalon() {
    api = new ChatApi(http);
    salon = new TestBusinesses(businesses, catalog, hours).oneChairSalon();
    path = "/api/v1/businesses/" + salon.id + "/workflow-settings";
    signedIn = bearer(owners.issue(salon.id, "test"));
  }

  @Test
  void aNewBusinessHasTheDefaultSettings() {
    Reply settings = api.get(path);

    assertThat(settings.status()).isEqualTo(200);
    assertThat(settings.body().path("reminderOffsets").toString())
        .isEqualTo("[\"PT24H\",\"PT1H\"]");
    assertThat(settings.body().path("checkInOpensMinutes").asInt()).isEqualTo(30);
    assertThat(settings.body().path("noShowAfterMinutes").asInt()).isEqualTo(15);
    assertThat(settings.body().path("orderAcceptTimeoutMinutes").asInt()).isEqualTo(10);
    assertThat(settings.body().path("notificationChannels").toString())
        .isEqualTo("[\"conversation\"]");
  }

  @Test
  void theOwnerReplacesTheSettingsAndReadsThemBackAndTheChangeIsAudited() {
    Map<String, Object> wanted = valid();
    wanted.put("reminderOffsets", List.of("PT2H", "P2D", "PT30M"));
    wanted.put("notificationChannels", List.of("conversation", "sms"));
    wanted.put("noShowAfterMinutes", 20);

    Reply saved = api.call(HttpMethod.PUT, path, wanted, signedIn);

    assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
    assertThat(saved.body().path("reminderOffsets").toString())
        .isEqualTo("[\"PT48H\",\"PT2H\",\"PT30M\"]");
    Reply read = api.get(path);
    assertThat(read.body()).isEqualTo(saved.body());
    assertThat(read.body().path("notificationChannels").toString())
        .isEqualTo("[\"conversation\",\"sms\"]");
    assertThat(read.body().path("noShowAfterMinutes").asInt()).isEqualTo(20);
    assertThat(service.workflowSettings(salon.id).orElseThrow().notificationChannels())
        .containsExactly("conversation", "sms");
    assertThat(jdbc.sql("select actor || ' ' || action from audit_log where subject = ?")
        .param("business:" + salon.id).query(String.class).list())
        .containsExactly("owner:" + salon.id + "/test workflow-settings.changed");
  }

  @Test
  void onlyTheBusinesssSignedInOwnerMayChangeThem() {
    Business other = new TestBusinesses(businesses, catalog, hours).oneChairSalon();
    Map<String, Object> noReminders = valid();
    noReminders.put("reminderOffsets", List.of());

    Reply anonymous = api.call(HttpMethod.PUT, path, noReminders);
    Reply unknownToken = api.call(HttpMethod.PUT, path, noReminders, bearer("not-a-token"));
    Reply foreign = api.call(HttpMethod.PUT, path, noReminders,
        bearer(owners.issue(other.id, "test")));

    assertThat(anonymous.status()).isEqualTo(401);
    assertProblem(anonymous);
    assertThat(unknownToken.status()).isEqualTo(401);
    assertThat(foreign.status()).isEqualTo(403);
    assertProblem(foreign);
    assertThat(api.get(path).body().path("reminderOffsets").size()).isEqualTo(2);
  }

  @Test
  void everyWrongFieldIsNamedWithWhatIsWrongAndNothingChanges() {
    Map<String, Object> wrong = valid();
    wrong.put("reminderOffsets", List.of("PT1H", "tomorrow", "PT0S", "P31D", "PT90S", "PT1H"));
    wrong.put("noShowAfterMinutes", 0);
    wrong.remove("followUpAfterMinutes");
    wrong.put("orderPrepareMinutes", 100_000);
    wrong.put("notificationChannels", List.of("conversation", "fax"));

    Reply refused = api.call(HttpMethod.PUT, path, wrong, signedIn);

    assertThat(refused.status()).isEqualTo(422);
    assertProblem(refused);
    assertThat(refused.body().path("title").asText()).isEqualTo("Invalid workflow settings");
    assertThat(errors(refused)).containsExactly(
        "reminderOffsets may list at most 5 reminders, not 6.",
        "reminderOffsets[1] 'tomorrow' is not an ISO-8601 duration such as PT24H, PT90M or P2D.",
        "reminderOffsets[2] PT0S must be longer than zero.",
        "reminderOffsets[3] P31D is more than 30 days before the appointment.",
        "reminderOffsets[4] PT90S must be a whole number of minutes.",
        "reminderOffsets[5] PT1H is listed twice.",
        "noShowAfterMinutes must be between 1 and 1440 minutes, not 0.",
        "followUpAfterMinutes is required (minutes, 0 to 10080).",
        "orderPrepareMinutes must be between 1 and 1440 minutes, not 100000.",
        "notificationChannels[1] 'fax' is not an installed channel; choose from conversation, "
            + "email, sms.");
    assertThat(refused.body().path("detail").asText())
        .contains("notificationChannels[1] 'fax' is not an installed channel");
    assertThat(api.get(path).body().path("reminderOffsets").toString())
        .isEqualTo("[\"PT24H\",\"PT1H\"]");
  }

  @Test
  void noChannelAtAllIsRefused() {
    Map<String, Object> silent = valid();
    silent.put("notificationChannels", List.of());

    Reply refused = api.call(HttpMethod.PUT, path, silent, signedIn);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(errors(refused)).containsExactly("notificationChannels needs at least one "
        + "channel; this installation has conversation, email, sms.");
  }

  @Test
  void anUnknownBusinessIsNotFound() {
    Reply missing = api.get("/api/v1/businesses/" + UUID.randomUUID() + "/workflow-settings");

    assertThat(missing.status()).isEqualTo(404);
    assertProblem(missing);
  }

  @Test
  void aBodyThatIsNotJsonIsABadRequest() {
    Reply reply = api.call(HttpMethod.PUT, path, "{not json", signedIn);

    assertThat(reply.status()).isEqualTo(400);
    assertProblem(reply);
  }

  private static Map<String, Object> valid() {
    Map<String, Object> body = new HashMap<>();
    body.put("reminderOffsets", List.of("PT24H", "PT1H"));
    body.put("checkInOpensMinutes", 30);
    body.put("noShowAfterMinutes", 15);
    body.put("followUpAfterMinutes", 120);
    body.put("orderAcceptTimeoutMinutes", 10);
    body.put("orderPrepareMinutes", 30);
    body.put("orderPickupMinutes", 60);
    body.put("notificationChannels", List.of("conversation"));
    return body;
  }

  private static List<String> errors(Reply reply) {
    JsonNode errors = reply.body().path("errors");
    return StreamSupport.stream(errors.spliterator(), false)
        .map(error -> error.path("field").asText() + " " + error.path("message").asText())
        .toList();
  }

  private static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }

  private static void assertProblem(Reply reply) {
    assertThat(reply.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .as(String.valueOf(reply.headers().getContentType())).isTrue();
    assertThat(reply.body().toString()).doesNotContain("Exception", "at ai.xseven");
  }
}
