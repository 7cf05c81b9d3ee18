package ai.xseven.conversation;

import static ai.xseven.DemoData.GLOW;
import static ai.xseven.DemoData.MARIOS;
import static ai.xseven.DemoData.spoken;
import static ai.xseven.DemoData.upcoming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.xseven.conversation.ChatApi.Reply;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConversationApiIT {

  @Autowired TestRestTemplate http;

  ChatApi api() {
    return new ChatApi(http);
  }

  @Test
  void listsTheDemoBusinessesWithTheirCatalogAndHours() {
    Reply all = api().get("/api/v1/businesses");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body().findValuesAsText("name"))
        .contains("Mario's Italian", "Glow Beauty Studio", "Bella Hair & Nails");

    Reply marios = api().get("/api/v1/businesses/" + MARIOS);
    assertThat(marios.body().path("profile").path("capacity").asInt()).isEqualTo(50);
    assertThat(marios.body().path("catalog").findValuesAsText("name")).contains("Margherita");
    assertThat(marios.body().path("openingHours").size()).isEqualTo(6);
  }

  @Test
  void unknownBusinessIsAProblemNotAStackTrace() {
    UUID unknown = UUID.randomUUID();
    Reply reply = api().get("/api/v1/businesses/" + unknown);
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .as(reply.headers().getContentType().toString()).isTrue();
    assertThat(reply.body().path("detail").asText()).contains(unknown.toString());
    assertThat(reply.body().toString()).doesNotContain("Exception", "at ai.xseven");
  }

  @Test
  void startsAConversationWithAGreetingFromTheBusiness() {
    Reply reply = api().call(HttpMethod.POST, "/api/v1/conversations",
        Map.of("businessId", MARIOS.toString(), "channel", "dedicated"));
    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.headers().getLocation().getPath())
        .isEqualTo("/api/v1/conversations/" + reply.body().path("conversationId").asText());
    assertThat(reply.text()).contains("welcome to Mario's Italian", "book a table");
    assertThat(reply.stage()).isEqualTo("open");
  }

  @Test
  void answersQuestionsFromTheBusinessData() {
    ChatApi api = api();
    String id = api.start(MARIOS);

    Reply hours = api.say(id, "What are your opening hours?");
    assertThat(hours.body().path("intent").asText()).isEqualTo("ask_hours");
    assertThat(hours.text()).contains("Friday: 12:00 PM–11:00 PM", "Monday: closed");

    Reply price = api.say(id, "How much is the lasagna?");
    assertThat(price.text()).contains("Lasagna: $18");
    assertThat(price.stage()).isEqualTo("open");
  }

  @Test
  void booksATableThroughTheWholeConversationAndStartsTheAppointmentWorkflow() {
    ChatApi api = api();
    String id = api.start(MARIOS);
    String friday = spoken(upcoming(DayOfWeek.FRIDAY));

    Reply ask = api.say(id, "I'd like to book a table for 4 on " + friday + " at 7pm");
    assertThat(ask.stage()).isEqualTo("collecting");
    assertThat(ask.text()).contains("a table for 4", "7:00 PM", "what name");

    Reply summary = api.say(id, "My name is Ana Lopez");
    assertThat(summary.stage()).isEqualTo("confirming");
    assertThat(summary.text()).contains("Shall I book a table for 4 at Mario's Italian", "Ana Lopez");

    Reply booked = api.say(id, "yes please");
    assertThat(booked.text()).contains("Done!", "Ana Lopez");
    assertThat(booked.stage()).isEqualTo("open");
    String workflowId = booked.body().path("workflowIds").path(0).asText();
    assertThat(workflowId).startsWith("appointment-");

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      Reply transcript = api.get("/api/v1/conversations/" + id);
      assertThat(transcript.body().path("messages").findValuesAsText("role")).contains("notification");
    });
    Reply workflow = api.get("/api/v1/workflows/" + workflowId);
    assertThat(workflow.status()).isEqualTo(200);
    assertThat(workflow.body().path("appointment").path("history").findValuesAsText("key"))
        .contains("confirmation");
  }

  @Test
  void refusesBookingsOutsideOpeningHoursAndBeyondCapacity() {
    ChatApi api = api();
    String id = api.start(MARIOS);

    Reply closed = api.say(id, "Can I book a table for 2 on " + spoken(upcoming(DayOfWeek.MONDAY))
        + " at 7pm? My name is Ana");
    assertThat(closed.text()).contains("closed on Mondays");
    assertThat(closed.stage()).isEqualTo("collecting");

    Reply tooMany = api.say(id, "Then " + spoken(upcoming(DayOfWeek.SATURDAY))
        + " at 8pm for 60 people");
    assertThat(tooMany.text()).contains("seats at most 50");
  }

  @Test
  void booksASalonServiceWithItsDuration() {
    ChatApi api = api();
    String id = api.start(GLOW);
    Reply summary = api.say(id, "I want a women's haircut on "
        + spoken(upcoming(DayOfWeek.SATURDAY)) + " at 11am, I'm Maria Rossi");
    assertThat(summary.stage()).isEqualTo("confirming");
    assertThat(summary.text()).contains("Women's Haircut at Glow Beauty Studio", "11:00 AM");
    assertThat(api.say(id, "no").text()).contains("haven't booked anything");
  }

  @Test
  void aRepeatedClientMessageIdReturnsTheFirstAnswerAndDoesNothingTwice() {
    ChatApi api = api();
    String id = api.start(MARIOS);
    Reply first = api.say(id, "What's on the menu?", "client-1");
    Reply again = api.say(id, "What's on the menu?", "client-1");

    assertThat(again.body().path("messages")).isEqualTo(first.body().path("messages"));
    Reply transcript = api.get("/api/v1/conversations/" + id);
    assertThat(transcript.body().path("messages").findValuesAsText("role"))
        .containsExactly("assistant", "user", "assistant");
  }

  @Test
  void badInputGetsAClearProblem() {
    ChatApi api = api();
    String id = api.start(MARIOS);
    String messages = "/api/v1/conversations/" + id + "/messages";

    assertProblem(api.call(HttpMethod.POST, messages, Map.of("text", "   ")), 400, "empty");
    assertProblem(api.call(HttpMethod.POST, messages, Map.of("clientMessageId", "x")), 400, "text");
    assertProblem(api.call(HttpMethod.POST, messages, Map.of("text", "a".repeat(2001))), 413,
        "limit is 2000");
    assertProblem(api.call(HttpMethod.POST, messages, "{\"text\": \"hi\""), 400, "not valid JSON");
    assertProblem(api.call(HttpMethod.POST, messages, "{\"text\": \"" + "a".repeat(70_000) + "\"}"),
        413, "larger than");
    assertProblem(api.call(HttpMethod.POST, "/api/v1/conversations/" + UUID.randomUUID()
        + "/messages", Map.of("text", "hi")), 404, "no conversation");
    assertProblem(api.get("/api/v1/conversations/not-an-id"), 400, "not a valid id");
    assertProblem(api.call(HttpMethod.POST, "/api/v1/conversations",
        Map.of("businessId", UUID.randomUUID().toString(), "channel", "dedicated")), 404,
        "no business");
    assertProblem(api.call(HttpMethod.POST, "/api/v1/conversations",
        Map.of("businessId", MARIOS.toString(), "channel", "telepathy")), 400, "channel");
    assertProblem(api.call(HttpMethod.POST, "/api/v1/conversations",
        Map.of("channel", "dedicated")), 400, "businessId is required");
    assertProblem(api.get("/api/v1/workflows/appointment-unknown"), 404, "no workflow");
    assertProblem(api.get("/api/v1/nothing-here"), 404, "");
  }

  private static void assertProblem(Reply reply, int status, String detail) {
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
    assertThat(reply.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .as(reply.headers().getContentType().toString()).isTrue();
    assertThat(reply.body().path("detail").asText()).containsIgnoringCase(detail);
    assertThat(reply.body().toString()).doesNotContain("Exception", "at ai.xseven");
  }

  @Test
  void answersFromTheBusinessDocumentsAndCitesThem() {
    String id = api().start(MARIOS);

    Reply parking = api().say(id, "Where can I park my car near you?");
    Reply allergens = api().say(id, "Is there anything with nuts in it? My son is allergic.");

    assertThat(parking.text()).contains("Parking and getting here", "garage");
    assertThat(allergens.text()).contains("Allergens and dietary needs", "pine nuts");
    assertThat(parking.body().path("guardrail").path("output").asText()).isEqualTo("allow");
    assertThat(allergens.body().path("guardrail").path("output").asText()).isEqualTo("allow");
  }
}
