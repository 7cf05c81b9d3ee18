package ai.xseven.business;

import static ai.xseven.DemoData.upcoming;
import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.conversation.ChatApi;
import ai.xseven.conversation.ChatApi.Reply;
import ai.xseven.security.OwnerTokens;
import ai.xseven.workflow.CancelRequest;
import ai.xseven.workflow.OrderWorkflows;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

/** An owner's catalog and hours changes over HTTP, each judged by the menu-change policy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MenuChangesIT {

  @Autowired TestRestTemplate http;
  @Autowired BookingService bookingService;
  @Autowired OrderService orderService;
  @Autowired OrderWorkflows orderWorkflows;
  @Autowired BusinessRepository businesses;
  @Autowired CatalogItemRepository catalog;
  @Autowired OpeningHoursRepository hours;
  @Autowired OwnerTokens owners;
  @Autowired JdbcClient jdbc;

  ChatApi api;
  Business salon;
  CatalogItem haircut;
  Map<String, String> signedIn;

  @BeforeEach
  void openASalon() {
    api = new ChatApi(http);
    TestBusinesses test = new TestBusinesses(businesses, catalog, hours);
    salon = test.oneChairSalon();
    haircut = test.item(salon, "Haircut", 4000, 60);
    signedIn = bearer(owners.issue(salon.id, "test"));
  }

  @Test
  void onlyTheBusinesssSignedInOwnerMayChangeIt() {
    Business other = new TestBusinesses(businesses, catalog, hours).oneChairSalon();
    Map<String, String> otherOwner = bearer(owners.issue(other.id, "test"));
    String path = "/api/v1/businesses/" + salon.id + "/catalog/" + haircut.id;

    Reply anonymous = api.call(HttpMethod.PATCH, path, Map.of("priceCents", 4500));
    Reply unknownToken = api.call(HttpMethod.PATCH, path, Map.of("priceCents", 4500),
        bearer("not-a-token"));
    Reply foreign = api.call(HttpMethod.PATCH, path, Map.of("priceCents", 4500), otherOwner);
    Reply hoursByStranger = api.call(HttpMethod.PUT, "/api/v1/businesses/" + salon.id + "/hours",
        List.of(), otherOwner);

    assertThat(anonymous.status()).isEqualTo(401);
    assertProblem(anonymous);
    assertThat(unknownToken.status()).isEqualTo(401);
    assertThat(foreign.status()).isEqualTo(403);
    assertProblem(foreign);
    assertThat(hoursByStranger.status()).isEqualTo(403);
    assertThat(catalogOf(salon.id).findValuesAsText("priceCents")).containsExactly("4000");
    assertThat(api.get("/api/v1/businesses/" + salon.id).body().path("openingHours").size())
        .isPositive();
  }

  @Test
  void eachChangeIsAuditedWithTheOwnerWhoMadeIt() {
    patchPrice(salon.id, haircut.id, 4500);

    List<String> audited = jdbc.sql("select actor || ' ' || action from audit_log "
            + "where subject = ?")
        .param("catalog_item:" + haircut.id)
        .query(String.class)
        .list();
    assertThat(audited).containsExactly("owner:" + salon.id + "/test menu.price-changed");
  }

  @Test
  void aModestPriceChangeIsMadeAndShown() {
    Reply changed = patchPrice(salon.id, haircut.id, 4500);

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.body().path("priceCents").asInt()).isEqualTo(4500);
    assertThat(catalogOf(salon.id).findValuesAsText("priceCents")).containsExactly("4500");
  }

  @Test
  void aRefusedPriceListsEveryReasonWithItsRuleAndChangesNothing() {
    Reply refused = patchPrice(salon.id, haircut.id, 0);

    assertThat(refused.status()).isEqualTo(422);
    assertProblem(refused);
    assertThat(refused.body().path("title").asText()).isEqualTo("Change refused");
    assertThat(refused.body().path("detail").asText())
        .isEqualTo("Haircut needs a price above zero, not $0.");
    assertThat(refused.body().path("reasons").findValuesAsText("rule"))
        .containsExactly("Refuse prices of zero or less");

    Reply doubled = patchPrice(salon.id, haircut.id, 8000);
    assertThat(doubled.status()).isEqualTo(422);
    assertThat(doubled.body().path("reasons").findValuesAsText("message"))
        .containsExactly("Haircut would go from $40 to $80 at once; a price may change by at"
            + " most 50% at a time.");
    assertThat(catalogOf(salon.id).findValuesAsText("priceCents")).containsExactly("4000");
  }

  @Test
  void aPriceWithoutAValueIsABadRequest() {
    Reply reply = api.call(HttpMethod.PATCH,
        "/api/v1/businesses/" + salon.id + "/catalog/" + haircut.id, Map.of(), signedIn);

    assertThat(reply.status()).isEqualTo(400);
    assertProblem(reply);
  }

  @Test
  void anItemOfAnotherBusinessIsNotFoundForItsOwner() {
    Business other = new TestBusinesses(businesses, catalog, hours).oneChairSalon();
    Map<String, String> otherOwner = bearer(owners.issue(other.id, "test"));
    String otherPath = "/api/v1/businesses/" + other.id + "/catalog/" + haircut.id;

    Reply otherItem = api.call(HttpMethod.PATCH, otherPath, Map.of("priceCents", 4500),
        otherOwner);
    Reply deleteOther = api.call(HttpMethod.DELETE, otherPath, null, otherOwner);

    assertThat(otherItem.status()).isEqualTo(404);
    assertProblem(otherItem);
    assertThat(otherItem.body().path("detail").asText()).contains(haircut.id.toString());
    assertThat(deleteOther.status()).isEqualTo(404);
    assertThat(catalogOf(salon.id).findValuesAsText("priceCents")).containsExactly("4000");
  }

  @Test
  void aServiceWithAnUpcomingAppointmentStaysUntilItHasTakenPlace() {
    bookingService.book(new BookingRequest(salon.id, null, upcoming(DayOfWeek.FRIDAY),
        LocalTime.of(10, 0), 1, haircut.id, "Ada Lovelace"));

    Reply refused = delete(haircut.id);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().path("detail").asText())
        .isEqualTo("Haircut cannot be removed while 1 open order includes it.");
    assertThat(catalogOf(salon.id).findValuesAsText("name")).containsExactly("Haircut");
  }

  @Test
  void anItemInAPlacedOrderStaysUntilTheOrderIsCancelled() {
    Order order = orderService.place(salon.id, null, "Ada Lovelace",
        List.of(OrderItem.named("Haircut", 1)), null);

    Reply refused = delete(haircut.id);
    // The order's workflow owns its cancellation; the update returns once the row is cancelled.
    orderWorkflows.cancel(order.orderId(), new CancelRequest(null, false, "customer", false));
    Reply removed = delete(haircut.id);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().path("detail").asText())
        .isEqualTo("Haircut cannot be removed while 1 open order includes it.");
    assertThat(removed.status()).isEqualTo(204);
  }

  @Test
  void anItemWithoutOpenOrdersIsTakenOffTheCatalog() {
    Reply removed = delete(haircut.id);

    assertThat(removed.status()).isEqualTo(204);
    assertThat(catalogOf(salon.id).findValuesAsText("name")).isEmpty();
    assertThat(delete(haircut.id).status()).isEqualTo(404);
  }

  @Test
  void newOpeningHoursReplaceTheOldAndBookingsFollowThem() {
    Reply replaced = putHours(List.of(
        period("TUESDAY", "14:00", "19:00"), period("TUESDAY", "09:00", "12:00")));

    assertThat(replaced.status()).isEqualTo(200);
    Reply details = api.get("/api/v1/businesses/" + salon.id);
    assertThat(details.body().path("openingHours").findValuesAsText("opens"))
        .containsExactly("09:00:00", "14:00:00");
    Availability monday = bookingService.check(new BookingRequest(salon.id, null,
        upcoming(DayOfWeek.MONDAY), LocalTime.of(10, 0), 1, haircut.id, "Ada"));
    assertThat(monday.reason()).isEqualTo("Test Salon is closed on Mondays.");
    Availability tuesdayLunch = bookingService.check(new BookingRequest(salon.id, null,
        upcoming(DayOfWeek.TUESDAY), LocalTime.of(11, 30), 1, haircut.id, "Ada"));
    assertThat(tuesdayLunch.reason()).isEqualTo("On Tuesdays Test Salon is open 9:00 AM to"
        + " 12:00 PM and 2:00 PM to 7:00 PM, and this booking takes 60 minutes.");
  }

  @Test
  void overlappingOrBackwardOpeningHoursAreRefusedAndTheOldOnesStay() {
    Reply refused = putHours(List.of(
        period("FRIDAY", "09:00", "13:00"), period("FRIDAY", "12:00", "18:00"),
        period("SUNDAY", "18:00", "10:00")));

    assertThat(refused.status()).isEqualTo(422);
    assertProblem(refused);
    assertThat(refused.body().path("reasons").findValuesAsText("message"))
        .containsExactlyInAnyOrder(
            "On Fridays 9:00 AM to 1:00 PM overlaps 12:00 PM to 6:00 PM.",
            "On Sundays 6:00 PM to 10:00 AM closes before it opens.");
    assertThat(api.get("/api/v1/businesses/" + salon.id).body().path("openingHours").size())
        .isEqualTo(7);
  }

  @Test
  void anOpeningPeriodWithoutItsTimesIsABadRequest() {
    Reply reply = putHours(List.of(Map.of("dayOfWeek", "MONDAY", "opens", "09:00")));

    assertThat(reply.status()).isEqualTo(400);
    assertProblem(reply);
    assertThat(reply.body().path("detail").asText()).contains("dayOfWeek, opens and closes");
  }

  private Reply patchPrice(UUID businessId, UUID itemId, int cents) {
    return api.call(HttpMethod.PATCH, "/api/v1/businesses/" + businessId + "/catalog/" + itemId,
        Map.of("priceCents", cents), signedIn);
  }

  private Reply delete(UUID itemId) {
    return api.call(HttpMethod.DELETE,
        "/api/v1/businesses/" + salon.id + "/catalog/" + itemId, null, signedIn);
  }

  private Reply putHours(List<?> periods) {
    return api.call(HttpMethod.PUT, "/api/v1/businesses/" + salon.id + "/hours", periods,
        signedIn);
  }

  private static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }

  private static Map<String, String> period(String day, String opens, String closes) {
    return Map.of("dayOfWeek", day, "opens", opens, "closes", closes);
  }

  private JsonNode catalogOf(UUID businessId) {
    return api.get("/api/v1/businesses/" + businessId).body().path("catalog");
  }

  private static void assertProblem(Reply reply) {
    assertThat(reply.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .as(String.valueOf(reply.headers().getContentType())).isTrue();
    assertThat(reply.body().toString()).doesNotContain("Exception", "at ai.xseven");
  }
}
