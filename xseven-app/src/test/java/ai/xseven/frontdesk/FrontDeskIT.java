package ai.xseven.frontdesk;

import static ai.xseven.DemoData.GLOW;
import static ai.xseven.DemoData.MARIOS;
import static ai.xseven.DemoData.upcoming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingRequest;
import ai.xseven.business.BookingService;
import ai.xseven.conversation.ChatApi;
import ai.xseven.conversation.ChatApi.Reply;
import ai.xseven.security.OwnerTokens;
import ai.xseven.workflow.AppointmentScheduler;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The owner works the day's orders and bookings through the dashboard chat and the HTTP API, on
 * the embedded Temporal server: each change goes through the workflow, which tells the customer
 * in their own conversation; a change the workflow refuses is a 409 problem with its reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FrontDeskIT {

  /** Seeded on first start for the embedded demo (xseven.security.demo-owner-tokens=derived). */
  static final String MARIOS_TOKEN = "demo-owner-marios-italian";

  @Autowired TestRestTemplate http;
  @Autowired OwnerTokens tokens;
  @Autowired BookingService bookings;
  @Autowired AppointmentScheduler appointments;
  @Autowired JdbcTemplate jdbc;

  ChatApi api;

  @BeforeEach
  void client() {
    api = new ChatApi(http);
  }

  @Test
  void theOwnerAcceptsPreparesAndMarksReadyInTheDashboardChatAndTheCustomerIsTold() {
    String customer = api.start(MARIOS);
    String orderId = placeOrder("Nora Quinn", customer);
    String owner = dashboard(MARIOS_TOKEN);

    Reply open = say(owner, "what orders are open?");
    assertThat(open.text()).contains("#" + orderId.substring(0, 8) + " Nora Quinn: 1 × Lasagna ($18)",
        "(placed)");

    assertThat(say(owner, "accept Nora's order").text())
        .contains("Done: Order " + orderId + " is accepted; the customer is told.");
    assertThat(say(owner, "we started preparing Nora's order").text())
        .contains("Done: Order " + orderId + " is being prepared.");
    assertThat(say(owner, "order for Nora is ready").text())
        .contains("Done: Order " + orderId + " is ready; the customer is told to pick it up.");

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(transcript(customer)).anyMatch(text ->
            text.startsWith("Your order is ready to pick up: 1 × Lasagna ($18)")));
    assertThat(transcript(customer)).anyMatch(text -> text.startsWith("Your order is accepted"));
    assertThat(api.say(customer, "where is my order?").text())
        .contains("Your order: 1 × Lasagna ($18): $18 at Mario's Italian. It is ready for"
            + " pick-up.");
    assertThat(jdbc.queryForList("select action from audit_log where subject = ? order by id",
        String.class, "business:" + MARIOS + "/order:" + orderId))
        .containsExactly("order.accepted", "order.preparing", "order.ready");
  }

  @Test
  void aStepThatDoesNotFitTheOrdersStageIsRefusedInTheChatAndNothingChanges() {
    String orderId = placeOrder("Omar Reyes", null);
    String owner = dashboard(MARIOS_TOKEN);

    Reply refused = say(owner, "Omar picked up his order");

    assertThat(refused.text()).contains("I can't do that: Order " + orderId
        + " is not ready yet; it cannot be marked picked up. Nothing was changed.");
    assertThat(api.get("/api/v1/orders/" + orderId).body().path("status").asText())
        .isEqualTo("PLACED");
  }

  @Test
  void theOwnerMovesAnOrderOnOverTheApiAndEveryRefusalIsAProblem() {
    String customer = api.start(MARIOS);
    String orderId = placeOrder("Pia Santos", customer);
    String path = "/api/v1/orders/" + orderId;

    Reply tooEarly = post(path + "/ready", null, MARIOS_TOKEN);
    assertThat(tooEarly.status()).isEqualTo(409);
    assertProblem(tooEarly);
    assertThat(tooEarly.body().path("title").asText()).isEqualTo("Order step refused");
    assertThat(tooEarly.body().path("detail").asText()).isEqualTo("Order " + orderId
        + " is not being prepared yet; it cannot be marked ready.");
    assertThat(tooEarly.body().path("status").asText()).isEqualTo("PLACED");

    assertThat(post(path + "/accept", null, null).status()).isEqualTo(401);
    assertThat(post(path + "/accept", null, tokens.issue(GLOW, "it-other")).status())
        .isEqualTo(403);
    assertThat(post(path + "/reject", Map.of(), MARIOS_TOKEN).status()).isEqualTo(400);

    Reply accepted = post(path + "/accept", null, MARIOS_TOKEN);
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.body().path("applied").asBoolean()).isTrue();
    assertThat(accepted.body().path("status").asText()).isEqualTo("ACCEPTED");
    assertThat(accepted.body().path("workflow").path("stage").asText()).isEqualTo("accepted");
    for (String step : List.of("start-preparing", "ready")) {
      assertThat(post(path + "/" + step, null, MARIOS_TOKEN).status()).as(step).isEqualTo(200);
    }
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(transcript(customer)).anyMatch(text ->
            text.startsWith("Your order is ready to pick up: 1 × Lasagna ($18)")));
    assertThat(post(path + "/picked-up", null, MARIOS_TOKEN).status()).isEqualTo(200);

    Reply tooLate = post(path + "/cancel", Map.of("reason", "changed my mind"), null);
    assertThat(tooLate.status()).isEqualTo(409);
    assertProblem(tooLate);
    assertThat(tooLate.body().path("detail").asText()).isEqualTo("Order " + orderId
        + " was already picked up; it can no longer be cancelled.");

    Reply workflow = api.get("/api/v1/workflows/order-" + orderId);
    assertThat(workflow.status()).isEqualTo(200);
    assertThat(workflow.body().path("kind").asText()).isEqualTo("order");
    assertThat(workflow.body().path("order").path("stages").findValuesAsText("stage"))
        .startsWith("placed", "accepted", "preparing", "ready", "picked-up");

    UUID unknown = UUID.randomUUID();
    Reply notFound = post("/api/v1/orders/" + unknown + "/accept", null, MARIOS_TOKEN);
    assertThat(notFound.status()).isEqualTo(404);
    assertProblem(notFound);
    assertThat(api.get("/api/v1/workflows/order-" + unknown).status()).isEqualTo(404);
  }

  @Test
  void theCustomerCancelsAnOrderThroughItsWorkflowAndAgainChangesNothing() {
    String orderId = placeOrder("Rui Costa", null);

    Reply cancelled = post("/api/v1/orders/" + orderId + "/cancel", null, null);
    Reply again = post("/api/v1/orders/" + orderId + "/cancel", null, null);

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.body().path("applied").asBoolean()).isTrue();
    assertThat(cancelled.body().path("message").asText())
        .isEqualTo("Order " + orderId + " is cancelled. Nothing was charged.");
    assertThat(cancelled.body().path("status").asText()).isEqualTo("CANCELLED");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().path("applied").asBoolean()).isFalse();
    assertThat(again.body().path("status").asText()).isEqualTo("CANCELLED");
  }

  @Test
  void aBookingIsMovedByItsCustomerAndCheckInWaitsForItsWindow() {
    LocalDate friday = upcoming(DayOfWeek.FRIDAY);
    BookingConfirmation booking = bookings.book(new BookingRequest(MARIOS, null, friday,
        LocalTime.of(19, 0), 2, null, "Sol Marin"));
    appointments.start(booking);
    String path = "/api/v1/bookings/" + booking.bookingId();

    Reply moved = post(path + "/reschedule", Map.of("startsAt", friday + "T21:00"), null);
    Reply early = post(path + "/check-in", null, MARIOS_TOKEN);
    Reply noBody = post(path + "/reschedule", Map.of(), null);

    assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
    assertThat(moved.body().path("message").asText()).startsWith("Moved: your table for 2");
    assertThat(moved.body().path("description").asText()).endsWith(" at 9:00 PM");
    assertThat(moved.body().path("workflow").path("startsAtEpochMillis").asLong())
        .isEqualTo(friday.atTime(21, 0).atZone(booking.zone()).toInstant().toEpochMilli());
    assertThat(early.status()).isEqualTo(409);
    assertProblem(early);
    assertThat(early.body().path("title").asText()).isEqualTo("Check-in refused");
    assertThat(noBody.status()).isEqualTo(400);
    assertProblem(noBody);
  }

  @Test
  void aCancellationInsideTheWindowIsRefusedUnlessTheOwnerOverrides() {
    Instant inThreeHours = Instant.now().plus(Duration.ofHours(3));
    UUID id = UUID.randomUUID();
    jdbc.update("insert into booking (id, business_id, customer_name, party_size, starts_at,"
            + " ends_at, status, created_at) values (?, ?, ?, ?, ?, ?, 'CONFIRMED', ?)",
        id, MARIOS, "Tia Lund", 2, Timestamp.from(inThreeHours),
        Timestamp.from(inThreeHours.plus(Duration.ofMinutes(90))),
        Timestamp.from(Instant.now().minus(Duration.ofDays(2))));
    String path = "/api/v1/bookings/" + id + "/cancel";

    Reply refused = post(path, Map.of("reason", "flu"), null);
    Reply overrideWithoutToken = post(path, Map.of("override", true), null);
    Reply overridden = post(path, Map.of("reason", "kitchen closed", "override", true),
        MARIOS_TOKEN);

    assertThat(refused.status()).isEqualTo(409);
    assertProblem(refused);
    assertThat(refused.body().path("title").asText()).isEqualTo("Cancellation refused");
    assertThat(refused.body().path("detail").asText())
        .startsWith("Bookings can be cancelled up to 24 hours before they start");
    assertThat(overrideWithoutToken.status()).isEqualTo(401);
    assertThat(overridden.status()).as(overridden.body().toString()).isEqualTo(200);
    assertThat(overridden.body().path("status").asText()).isEqualTo("CANCELLED");
    assertThat(jdbc.queryForObject("select actor from audit_log where action ="
        + " 'booking.cancelled-override' and subject like ?", String.class, "%" + id))
        .isEqualTo("owner:" + MARIOS + "/demo");
  }

  private String placeOrder(String customerName, String conversationId) {
    Map<String, Object> body = new HashMap<>(Map.of("customerName", customerName,
        "items", List.of(Map.of("name", "Lasagna", "quantity", 1))));
    if (conversationId != null) {
      body.put("conversationId", conversationId);
    }
    Reply placed = api.call(HttpMethod.POST, "/api/v1/businesses/" + MARIOS + "/orders", body);
    assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
    String orderId = placed.body().path("orderId").asText();
    // The workflow starts once the order is committed.
    await().atMost(Duration.ofSeconds(20)).until(() ->
        api.get("/api/v1/workflows/order-" + orderId).status() == 200);
    return orderId;
  }

  private String dashboard(String token) {
    Reply started = api.call(HttpMethod.POST, "/api/v1/conversations",
        Map.of("businessId", MARIOS.toString(), "channel", "dashboard"), bearer(token));
    assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
    return started.body().path("conversationId").asText();
  }

  private Reply say(String conversationId, String text) {
    Reply reply = api.call(HttpMethod.POST, "/api/v1/conversations/" + conversationId
        + "/messages", Map.of("text", text, "clientMessageId", UUID.randomUUID().toString()),
        bearer(MARIOS_TOKEN));
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    return reply;
  }

  private List<String> transcript(String conversationId) {
    return api.get("/api/v1/conversations/" + conversationId).body().path("messages")
        .findValuesAsText("text");
  }

  private Reply post(String path, Object body, String token) {
    return api.call(HttpMethod.POST, path, body, token == null ? Map.of() : bearer(token));
  }

  private static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }

  private static void assertProblem(Reply reply) {
    assertThat(reply.headers().getContentType()
        .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .as(String.valueOf(reply.headers().getContentType())).isTrue();
    assertThat(reply.body().toString()).doesNotContain("Exception", "at ai.xseven");
  }
}
