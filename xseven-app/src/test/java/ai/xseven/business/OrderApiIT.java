package ai.xseven.business;

import static ai.xseven.DemoData.upcoming;
import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.conversation.ChatApi;
import ai.xseven.conversation.ChatApi.Reply;
import java.time.DayOfWeek;
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
import org.springframework.test.context.ActiveProfiles;

/** Orders over HTTP: place at catalog prices, read, cancel (twice), and the refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OrderApiIT {

  @Autowired TestRestTemplate http;
  @Autowired BusinessRepository businesses;
  @Autowired CatalogItemRepository catalog;
  @Autowired OpeningHoursRepository hours;

  ChatApi api;
  Business takeaway;
  CatalogItem pizza;
  CatalogItem tiramisu;

  @BeforeEach
  void openATakeaway() {
    api = new ChatApi(http);
    TestBusinesses test = new TestBusinesses(businesses, catalog, hours);
    takeaway = test.takeaway();
    pizza = test.item(takeaway, "Pizza Margherita", 1400, 0);
    tiramisu = test.item(takeaway, "Tiramisu", 850, 0);
  }

  @Test
  void anOrderIsPlacedAtTheCatalogsPricesReadAndCancelledOnce() {
    String friday = upcoming(DayOfWeek.FRIDAY) + "T18:30";
    Reply placed = place(Map.of("customerName", "Ana Lopez", "pickupAt", friday, "items", List.of(
        Map.of("catalogItemId", pizza.id.toString(), "quantity", 2, "unitPriceCents", 1),
        Map.of("name", "tiramisu", "quantity", 1))));

    assertThat(placed.status()).isEqualTo(201);
    String id = placed.body().path("orderId").asText();
    assertThat(placed.headers().getLocation()).hasToString("/api/v1/orders/" + id);
    assertThat(placed.body().path("status").asText()).isEqualTo("PLACED");
    assertThat(placed.body().path("totalCents").asInt()).isEqualTo(3650);
    assertThat(placed.body().path("lines").findValuesAsText("unitPriceCents"))
        .containsExactly("1400", "850");
    assertThat(placed.body().path("lines").findValuesAsText("name"))
        .containsExactly("Pizza Margherita", "Tiramisu");

    Reply read = api.get("/api/v1/orders/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().path("totalCents").asInt()).isEqualTo(3650);
    assertThat(read.body().path("pickupAt").asText()).isNotEmpty();

    Reply cancelled = cancel(id);
    Reply again = cancel(id);
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.body().path("status").asText()).isEqualTo("CANCELLED");
    assertThat(cancelled.body().path("applied").asBoolean()).isTrue();
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().path("applied").asBoolean()).isFalse();
    assertThat(again.body().path("message").asText()).isEqualTo("That order was already cancelled.");
    assertThat(again.body().path("order")).isEqualTo(cancelled.body().path("order"));
    assertThat(api.get("/api/v1/orders/" + id).body().path("status").asText())
        .isEqualTo("CANCELLED");
  }

  @Test
  void unknownOrdersAndBusinessesAreNotFound() {
    UUID unknown = UUID.randomUUID();

    Reply read = api.get("/api/v1/orders/" + unknown);
    Reply cancel = cancel(unknown.toString());
    Reply placeAtNobody = api.call(HttpMethod.POST, "/api/v1/businesses/" + unknown + "/orders",
        Map.of("customerName", "Ana", "items", List.of(Map.of("name", "Tiramisu", "quantity", 1))));

    for (Reply reply : List.of(read, cancel, placeAtNobody)) {
      assertThat(reply.status()).isEqualTo(404);
      assertProblem(reply);
      assertThat(reply.body().path("detail").asText()).contains(unknown.toString());
    }
    assertThat(read.body().path("title").asText()).isEqualTo("Order not found");
  }

  @Test
  void unknownOrUnavailableItemsAndBadQuantitiesAreRefusedWithTheReason() {
    tiramisu.available = false;
    catalog.save(tiramisu);
    CatalogItem elsewhere =
        new TestBusinesses(businesses, catalog, hours).item(takeaway(), "Calzone", 1200, 0);

    assertRefused(Map.of("name", "Lasagna", "quantity", 1),
        "Test Takeaway has no 'Lasagna' in its catalog.");
    assertRefused(Map.of("name", "Tiramisu", "quantity", 1),
        "Tiramisu is not available at the moment.");
    assertRefused(Map.of("catalogItemId", elsewhere.id.toString(), "quantity", 1),
        "Test Takeaway has no item " + elsewhere.id + " in its catalog.");
    assertRefused(Map.of("name", "Pizza Margherita", "quantity", 21),
        "Order between 1 and 20 of Pizza Margherita, not 21.");
    assertRefused(Map.of("name", "Pizza Margherita", "quantity", 0),
        "Order between 1 and 20 of Pizza Margherita, not 0.");
  }

  @Test
  void aPickupOnAClosedDayIsRefusedAndAnItemWithoutQuantityIsABadRequest() {
    Reply monday = place(Map.of("customerName", "Ana", "pickupAt",
        upcoming(DayOfWeek.MONDAY) + "T13:00",
        "items", List.of(Map.of("name", "Tiramisu", "quantity", 1))));
    Reply noQuantity = place(Map.of("customerName", "Ana",
        "items", List.of(Map.of("name", "Tiramisu"))));

    assertThat(monday.status()).isEqualTo(422);
    assertProblem(monday);
    assertThat(monday.body().path("detail").asText())
        .isEqualTo("Test Takeaway is closed on Mondays.");
    assertThat(noQuantity.status()).isEqualTo(400);
    assertProblem(noQuantity);
  }

  private Business takeaway() {
    return new TestBusinesses(businesses, catalog, hours).takeaway();
  }

  private void assertRefused(Map<String, Object> item, String detail) {
    Reply reply = place(Map.of("customerName", "Ana", "items", List.of(item)));
    assertThat(reply.status()).as(detail).isEqualTo(422);
    assertProblem(reply);
    assertThat(reply.body().path("title").asText()).isEqualTo("Order refused");
    assertThat(reply.body().path("detail").asText()).isEqualTo(detail);
  }

  private Reply place(Map<String, Object> body) {
    return api.call(HttpMethod.POST, "/api/v1/businesses/" + takeaway.id + "/orders", body);
  }

  private Reply cancel(String orderId) {
    return api.call(HttpMethod.POST, "/api/v1/orders/" + orderId + "/cancel", null);
  }

  private static void assertProblem(Reply reply) {
    assertThat(reply.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .as(String.valueOf(reply.headers().getContentType())).isTrue();
    assertThat(reply.body().toString()).doesNotContain("Exception", "at ai.xseven");
  }
}
