package ai.xseven.dashboard;

import static ai.xseven.DemoData.GLOW;
import static ai.xseven.DemoData.MARIOS;
import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.business.BusinessService;
import ai.xseven.business.MenuChanges;
import ai.xseven.business.OpeningPeriod;
import java.time.DayOfWeek;
import java.time.LocalTime;
import ai.xseven.conversation.ChatApi;
import ai.xseven.conversation.ChatApi.Reply;
import ai.xseven.security.OwnerTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The owner's dashboard chat over HTTP: sign-in, preview, confirm, refuse, decline, audit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardChatIT {

  /** Seeded on first start for the embedded demo (xseven.security.demo-owner-tokens=derived). */
  static final String MARIOS_TOKEN = "demo-owner-marios-italian";

  @Autowired TestRestTemplate http;
  @Autowired OwnerTokens tokens;
  @Autowired JdbcTemplate jdbc;
  @Autowired MenuChanges menuChanges;
  @Autowired BusinessService businesses;

  ChatApi api;

  @BeforeEach
  void client() {
    api = new ChatApi(http);
  }

  @Test
  void aDashboardConversationNeedsTheOwnerTokenOfThatBusiness() {
    Reply anonymous = start(MARIOS, Map.of());
    Reply invalid = start(MARIOS, bearer("not-a-token"));
    Reply notBearer = start(MARIOS, Map.of("Authorization", "Basic dXNlcjpwYXNz"));
    Reply otherBusiness = start(MARIOS, bearer(tokens.issue(GLOW, "test")));

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
    assertThat(anonymous.body().path("detail").asText()).contains("owner token");
    assertThat(invalid.status()).isEqualTo(401);
    assertThat(notBearer.status()).isEqualTo(401);
    assertThat(otherBusiness.status()).isEqualTo(403);
    assertThat(otherBusiness.body().toString()).doesNotContain("Exception");

    Reply owner = start(MARIOS, bearer(MARIOS_TOKEN));
    assertThat(owner.status()).isEqualTo(201);
    assertThat(owner.body().path("messages").get(0).path("text").asText())
        .startsWith("Hello, Mario's Italian!");
    String id = owner.body().path("conversationId").asText();

    assertThat(say(id, "what are your opening hours?", Map.of()).status()).isEqualTo(401);
    assertThat(say(id, "what are your opening hours?", bearer(tokens.issue(GLOW, "test"))).status())
        .isEqualTo(403);
    assertThat(api.call(HttpMethod.GET, "/api/v1/conversations/" + id, null).status())
        .isEqualTo(401);
    assertThat(api.call(HttpMethod.GET, "/api/v1/conversations/" + id, null,
        bearer(MARIOS_TOKEN)).status()).isEqualTo(200);
  }

  @Test
  void theOwnerPreviewsAndConfirmsAPriceChangeWhichIsMadeAndAudited() {
    String owner = tokens.issue(MARIOS, "it-confirm");
    String id = conversation(owner);
    int before = priceOf(MARIOS, "Burrata");

    Reply preview = say(id, "set the Burrata to $15", bearer(owner));
    assertThat(preview.text()).contains("Burrata: $13 → $15. Confirm? (yes/no)");
    assertThat(preview.stage()).isEqualTo("previewing");
    assertThat(priceOf(MARIOS, "Burrata")).isEqualTo(before);

    Reply done = say(id, "yes", bearer(owner));
    assertThat(done.text()).contains("Done. Burrata now costs $15.");
    assertThat(done.stage()).isEqualTo("open");
    assertThat(priceOf(MARIOS, "Burrata")).isEqualTo(1500);
    assertThat(audit("menu.price-changed"))
        .anySatisfy(row -> {
          assertThat(row.get("actor")).isEqualTo("owner:" + MARIOS + "/it-confirm");
          assertThat(row.get("detail")).isEqualTo("Burrata: $13 → $15");
          assertThat((String) row.get("subject")).startsWith("business:" + MARIOS + "/catalog:");
        });
    // Other tests of this application context read the demo menu.
    menuChanges.changePrice(MARIOS, itemId(MARIOS, "Burrata"), before);
  }

  @Test
  void aChangeThePolicyRefusesIsExplainedAndNothingChanges() {
    String owner = tokens.issue(MARIOS, "it-refused");
    String id = conversation(owner);

    Reply refused = say(id, "set the Tiramisu to $20", bearer(owner));

    assertThat(refused.text()).contains("I can't make that change: Tiramisu would go from $8 to"
        + " $20 at once; a price may change by at most 50% at a time. Nothing was changed.");
    assertThat(refused.stage()).isEqualTo("open");
    assertThat(priceOf(MARIOS, "Tiramisu")).isEqualTo(800);
    Reply yes = say(id, "yes", bearer(owner));
    assertThat(yes.text()).doesNotContain("Done");
    assertThat(priceOf(MARIOS, "Tiramisu")).isEqualTo(800);
    assertThat(audit("menu.change-refused"))
        .anySatisfy(row -> assertThat(row.get("actor")).isEqualTo("owner:" + MARIOS + "/it-refused"));
  }

  @Test
  void aDeclinedPreviewChangesNothing() {
    String owner = tokens.issue(MARIOS, "it-declined");
    String id = conversation(owner);

    Reply preview = say(id, "we close at 10pm on Saturdays", bearer(owner));
    assertThat(preview.text()).contains(
        "Opening hours — Saturdays: 12:00 PM to 11:00 PM → 12:00 PM to 10:00 PM. Confirm?");
    Reply declined = say(id, "no", bearer(owner));

    assertThat(declined.text()).contains("Nothing was changed.");
    assertThat(declined.stage()).isEqualTo("open");
    assertThat(api.get("/api/v1/businesses/" + MARIOS).body().path("openingHours").toString())
        .contains("{\"dayOfWeek\":\"SATURDAY\",\"opens\":\"12:00:00\",\"closes\":\"23:00:00\"}");
    assertThat(audit("menu.hours-replaced")).extracting(row -> row.get("actor"))
        .doesNotContain("owner:" + MARIOS + "/it-declined");
  }

  @Test
  void aConfirmedChangeOfHoursReplacesThatDayOnly() {
    String owner = tokens.issue(MARIOS, "it-hours");
    String id = conversation(owner);
    List<OpeningPeriod> before = businesses.openingHours(MARIOS);
    try {
      say(id, "we close at 10pm on Sundays", bearer(owner));
      Reply done = say(id, "yes", bearer(owner));

      assertThat(done.text()).contains(
          "Done. From now on you are open on Sundays 12:00 PM to 10:00 PM.");
      assertThat(businesses.openingHours(MARIOS)).contains(
          new OpeningPeriod(DayOfWeek.SUNDAY, LocalTime.of(12, 0), LocalTime.of(22, 0)))
          .hasSameSizeAs(before);
      assertThat(audit("menu.hours-replaced")).anySatisfy(row -> assertThat(row.get("detail"))
          .isEqualTo("opening hours — Sundays: 12:00 PM to 9:00 PM → 12:00 PM to 10:00 PM"));
    } finally {
      // Other tests of this application context read the demo hours.
      menuChanges.replaceOpeningHours(MARIOS, before);
    }
  }

  @Test
  void theOwnerAsksForTheBookingsOfADayAndTheMenu() {
    String id = conversation(MARIOS_TOKEN);

    Reply bookings = say(id, "what bookings do we have on Monday?", bearer(MARIOS_TOKEN));
    assertThat(bookings.text()).startsWith("There are no bookings on Monday,");

    Reply menu = say(id, "how much is the lasagna?", bearer(MARIOS_TOKEN));
    assertThat(menu.text()).contains("Lasagna: $18");
  }

  private String conversation(String token) {
    Reply started = start(MARIOS, bearer(token));
    assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
    return started.body().path("conversationId").asText();
  }

  private Reply start(UUID businessId, Map<String, String> headers) {
    return api.call(HttpMethod.POST, "/api/v1/conversations",
        Map.of("businessId", businessId.toString(), "channel", "dashboard"), headers);
  }

  private Reply say(String id, String text, Map<String, String> headers) {
    return api.call(HttpMethod.POST, "/api/v1/conversations/" + id + "/messages",
        Map.of("text", text, "clientMessageId", UUID.randomUUID().toString()), headers);
  }

  private UUID itemId(UUID businessId, String item) {
    for (var entry : api.get("/api/v1/businesses/" + businessId).body().path("catalog")) {
      if (entry.path("name").asText().equals(item)) {
        return UUID.fromString(entry.path("id").asText());
      }
    }
    throw new AssertionError(item + " is not on the catalog");
  }

  private int priceOf(UUID businessId, String item) {
    for (var entry : api.get("/api/v1/businesses/" + businessId).body().path("catalog")) {
      if (entry.path("name").asText().equals(item)) {
        return entry.path("priceCents").asInt();
      }
    }
    throw new AssertionError(item + " is not on the catalog");
  }

  private List<Map<String, Object>> audit(String action) {
    return jdbc.queryForList(
        "select actor, subject, detail from audit_log where action = ? order by id", action);
  }

  private static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }
}
