package ai.xseven.global;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.DemoData;
import ai.xseven.conversation.ChatApi;
import ai.xseven.conversation.ChatApi.Reply;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;

/** A customer compares the demo businesses over HTTP; every figure is the businesses' own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GlobalChatIT {

  @Autowired TestRestTemplate http;

  ChatApi api;
  String conversation;

  @BeforeEach
  void startComparing() {
    api = new ChatApi(http);
    Map<String, Object> body = new HashMap<>();
    body.put("channel", "global");
    Reply started = api.call(HttpMethod.POST, "/api/v1/conversations", body);
    assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
    assertThat(started.body().path("businessId").isNull()).isTrue();
    assertThat(started.text()).contains("I can compare the restaurants and salons here");
    conversation = started.body().path("conversationId").asText();
  }

  @Test
  void theOnlyHairSalonDowntownIsListedWithItsHairServicesUnderTheCeiling() {
    Reply reply = api.say(conversation, "best hair salon downtown under $50");

    assertThat(reply.text().strip()).isEqualTo("One place fits hair, downtown, under $50:\n"
        + "1. Glow Beauty Studio (downtown, 48 Oak Avenue): Men's Haircut $28, Blow-dry $35,"
        + " Women's Haircut $45");
    assertThat(reply.body().path("guardrail").path("output").asText()).isEqualTo("allow");
  }

  @Test
  void salonsAreRankedByTheirCheapestFittingService() {
    Reply reply = api.say(conversation, "where can I get a manicure under $30?");

    assertThat(reply.text().strip()).isEqualTo("2 places fit manicure, under $30, cheapest first:\n"
        + "1. Bella Hair & Nails (midtown, 7 Elm Street): Manicure $22\n"
        + "2. Glow Beauty Studio (downtown, 48 Oak Avenue): Manicure $25");
  }

  @Test
  void aBusinessClosedAtTheTimeAskedForIsNamedAsNotFitting() {
    LocalDate monday = LocalDate.now(DemoData.ZONE).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    LocalDate friday = LocalDate.now(DemoData.ZONE).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));

    Reply closed = api.say(conversation, "where can I eat pizza on Monday at 8pm?");
    Reply open = api.say(conversation, "where can I eat pizza on Friday at 8pm?");

    assertThat(closed.text()).startsWith("None of the businesses I know fits pizza, on "
        + ComparisonRequest.DAY.format(monday) + " at 8:00 PM.")
        .contains("Not a fit: Mario's Italian — closed then (Monday: closed).");
    assertThat(open.text().strip()).isEqualTo("One place fits pizza, on "
        + ComparisonRequest.DAY.format(friday) + " at 8:00 PM:\n"
        + "1. Mario's Italian (downtown, 12 Main Street): Margherita $14, Diavola $16,"
        + " Quattro Formaggi $17; open Friday 12:00 PM to 11:00 PM");
  }

  @Test
  void aRequestWithoutAnythingToCompareIsAnsweredWithHowToAsk() {
    Reply reply = api.say(conversation, "hello there");

    assertThat(reply.text()).contains("tell me what you are looking for");
  }
}
