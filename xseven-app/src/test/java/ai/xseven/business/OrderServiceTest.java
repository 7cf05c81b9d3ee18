package ai.xseven.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * {@link OrderService} on the real schema (Flyway, H2) with a fixed clock: Friday, November 20,
 * 2026, 10:00 AM in New York.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@RecordApplicationEvents
@Import({OrderService.class, PickupTimes.class, OrderServiceTest.FixedClock.class})
class OrderServiceTest {

  static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");

  @TestConfiguration
  static class FixedClock {
    @Bean
    @Primary
    Clock fixedClock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired OrderService orders;
  @Autowired BusinessRepository businesses;
  @Autowired CatalogItemRepository catalog;
  @Autowired OpeningHoursRepository hours;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestEntityManager entityManager;
  @Autowired ApplicationEvents events;
  @Autowired CustomerOrderRepository orderRows;

  Business takeaway;
  CatalogItem pizza;
  CatalogItem tiramisu;

  @BeforeEach
  void openATakeaway() {
    TestBusinesses test = new TestBusinesses(businesses, catalog, hours);
    takeaway = test.takeaway();
    pizza = test.item(takeaway, "Pizza Margherita", 1400, 0);
    tiramisu = test.item(takeaway, "Tiramisu", 850, 0);
  }

  @Test
  void pricesAndNamesComeFromTheCatalogAndTheTotalIsComputed() {
    UUID conversation = UUID.randomUUID();

    Order order = orders.place(takeaway.id, conversation, " Ana Lopez ",
        List.of(OrderItem.named("pizza margherita", 2), new OrderItem(tiramisu.id, null, 1)),
        null);

    assertThat(order.status()).isEqualTo(Order.Status.PLACED);
    assertThat(order.lines()).containsExactly(
        new Order.Line(pizza.id, "Pizza Margherita", 1400, 2),
        new Order.Line(tiramisu.id, "Tiramisu", 850, 1));
    assertThat(order.totalCents()).isEqualTo(3650);
    assertThat(order.customerName()).isEqualTo("Ana Lopez");
    assertThat(order.describe())
        .isEqualTo("2 × Pizza Margherita ($14), 1 × Tiramisu ($8.50): $36.50 at Test Takeaway");
    entityManager.flush();
    assertThat(jdbc.queryForList("select name, unit_price_cents, quantity from order_line "
        + "where order_id = ? order by position", order.orderId()))
        .extracting(row -> row.get("NAME") + " " + row.get("UNIT_PRICE_CENTS") + " "
            + row.get("QUANTITY"))
        .containsExactly("Pizza Margherita 1400 2", "Tiramisu 850 1");
    assertThat(jdbc.queryForObject("select total_cents from customer_order where id = ?",
        Integer.class, order.orderId())).isEqualTo(3650);
    assertThat(orders.ofConversation(conversation)).containsExactly(order);
    assertThat(events.stream(OrderPlaced.class)).containsExactly(new OrderPlaced(order.orderId(),
        takeaway.id, conversation, 3650, "USD", null));
  }

  @Test
  void anItemNamedTwiceBecomesOneLineAndStillMayNotPassTwenty() {
    Order order = orders.place(takeaway.id, null, "Bo", List.of(OrderItem.named("Tiramisu", 2),
        OrderItem.named("Tiramisu", 3)), null);

    assertThat(order.lines()).containsExactly(new Order.Line(tiramisu.id, "Tiramisu", 850, 5));
    assertRefused(List.of(OrderItem.named("Tiramisu", 15), OrderItem.named("Tiramisu", 6)),
        "Order between 1 and 20 of Tiramisu, not 21.");
  }

  @Test
  void quantitiesOutsideOneToTwentyAreRefused() {
    assertRefused(List.of(OrderItem.named("Tiramisu", 0)),
        "Order between 1 and 20 of Tiramisu, not 0.");
    assertRefused(List.of(OrderItem.named("Tiramisu", 21)),
        "Order between 1 and 20 of Tiramisu, not 21.");
  }

  @Test
  void anUnavailableItemIsRefusedAndNothingIsWritten() {
    tiramisu.available = false;
    catalog.saveAndFlush(tiramisu);

    assertRefused(List.of(OrderItem.named("Pizza Margherita", 1), OrderItem.named("Tiramisu", 1)),
        "Tiramisu is not available at the moment.");
  }

  @Test
  void anItemOfAnotherBusinessOrAnUnknownNameIsRefused() {
    TestBusinesses test = new TestBusinesses(businesses, catalog, hours);
    CatalogItem elsewhere = test.item(test.oneChairSalon(), "Haircut", 100, 60);

    assertRefused(List.of(new OrderItem(elsewhere.id, null, 1)),
        "Test Takeaway has no item " + elsewhere.id + " in its catalog.");
    assertRefused(List.of(OrderItem.named("Haircut", 1)),
        "Test Takeaway has no 'Haircut' in its catalog.");
  }

  @Test
  void aPickupTimeMustFallInsideTheOpeningHoursAndTheLeadTime() {
    LocalDateTime fridayNoon = LocalDateTime.of(2026, 11, 20, 12, 0);

    assertRefused(fridayNoon.withHour(22).withMinute(30),
        "On Fridays Test Takeaway is open 12:00 PM to 10:00 PM; please pick a pick-up time "
            + "inside those hours.");
    assertRefused(fridayNoon.withHour(10).withMinute(20),
        "That pick-up time is too soon: please order at least 30 minutes ahead.");
    assertRefused(LocalDateTime.of(2026, 11, 23, 13, 0), "Test Takeaway is closed on Mondays.");

    Order order = orders.place(takeaway.id, null, "Ana", List.of(OrderItem.named("Tiramisu", 1)),
        fridayNoon);
    assertThat(order.pickupAt()).isEqualTo(Instant.parse("2026-11-20T17:00:00Z"));
    assertThat(order.describe()).endsWith("pick-up Friday, November 20 at 12:00 PM");
  }

  @Test
  void aPlacedOrderIsCancelledOnceAndCancellingAgainChangesNothing() {
    Order order = orders.place(takeaway.id, null, "Ana", List.of(OrderItem.named("Tiramisu", 1)),
        null);

    Order cancelled = orders.cancel(order.orderId());
    Order again = orders.cancel(order.orderId());

    assertThat(cancelled.status()).isEqualTo(Order.Status.CANCELLED);
    assertThat(again).isEqualTo(cancelled);
    assertThat(orders.find(order.orderId())).contains(cancelled);
    assertThat(events.stream(OrderCancelled.class))
        .containsExactly(new OrderCancelled(order.orderId(), takeaway.id, null));
  }

  @Test
  void anUnknownOrderOrBusinessIsNotFound() {
    UUID unknown = UUID.randomUUID();

    assertThatThrownBy(() -> orders.cancel(unknown)).isInstanceOf(NotFoundException.class)
        .hasMessage("There is no order with id " + unknown + ".");
    assertThat(orders.find(unknown)).isEmpty();
    assertThatThrownBy(() -> orders.place(unknown, null, "Ana",
        List.of(OrderItem.named("Tiramisu", 1)), null)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theWorkflowMovesAnOrderThroughItsStagesAtItsOwnTimes() {
    Order order = orders.place(takeaway.id, null, "Ana", List.of(OrderItem.named("Tiramisu", 1)),
        null);
    Instant acceptedAt = NOW.plusSeconds(120);

    Order accepted = orders.recordStatus(order.orderId(), Order.Status.ACCEPTED, acceptedAt);
    Order preparing = orders.recordStatus(order.orderId(), Order.Status.PREPARING,
        NOW.plusSeconds(300));
    orders.recordStatus(order.orderId(), Order.Status.READY, NOW.plusSeconds(900));
    orders.recordStatus(order.orderId(), Order.Status.PICKED_UP, NOW.plusSeconds(1200));
    Order completed = orders.recordStatus(order.orderId(), Order.Status.COMPLETED,
        NOW.plusSeconds(8400));

    assertThat(accepted.status()).isEqualTo(Order.Status.ACCEPTED);
    assertThat(accepted.acceptedAt()).isEqualTo(acceptedAt);
    assertThat(accepted.updatedAt()).isEqualTo(acceptedAt);
    assertThat(preparing.acceptedAt()).isEqualTo(acceptedAt);
    assertThat(preparing.updatedAt()).isEqualTo(NOW.plusSeconds(300));
    assertThat(completed.status()).isEqualTo(Order.Status.COMPLETED);
    entityManager.flush();
    entityManager.clear();
    assertThat(orders.get(order.orderId())).isEqualTo(completed);
    assertThat(events.stream(OrderCancelled.class)).isEmpty();
  }

  @Test
  void recordingTheSameStatusAgainChangesNothingAsARetriedActivityMust() {
    Order order = orders.place(takeaway.id, null, "Ana", List.of(OrderItem.named("Tiramisu", 1)),
        null);
    Order accepted = orders.recordStatus(order.orderId(), Order.Status.ACCEPTED, NOW);

    Order again = orders.recordStatus(order.orderId(), Order.Status.ACCEPTED,
        NOW.plusSeconds(60));

    assertThat(again).isEqualTo(accepted);
    assertThat(again.acceptedAt()).isEqualTo(NOW);
  }

  @Test
  void aMoveTheLifecycleDoesNotAllowIsRefusedAndChangesNothing() {
    Order order = orders.place(takeaway.id, null, "Ana", List.of(OrderItem.named("Tiramisu", 1)),
        null);
    orders.recordStatus(order.orderId(), Order.Status.ACCEPTED, NOW);

    assertThatThrownBy(() -> orders.recordStatus(order.orderId(), Order.Status.PICKED_UP, NOW))
        .isInstanceOf(OrderRejectedException.class)
        .hasMessage("Order " + order.orderId() + " is ACCEPTED and cannot become PICKED_UP.");
    assertThatThrownBy(() -> orders.recordStatus(order.orderId(), Order.Status.REJECTED, NOW))
        .isInstanceOf(OrderRejectedException.class);
    assertThat(orders.get(order.orderId()).status()).isEqualTo(Order.Status.ACCEPTED);
    UUID unknown = UUID.randomUUID();
    assertThatThrownBy(() -> orders.recordStatus(unknown, Order.Status.ACCEPTED, NOW))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void everyStageBeforeTheHandOverCanBeCancelledOnceWithOneEvent() {
    for (Order.Status reached : List.of(Order.Status.PLACED, Order.Status.ACCEPTED,
        Order.Status.PREPARING, Order.Status.READY)) {
      Order order = orderAt(reached);

      orders.recordStatus(order.orderId(), Order.Status.CANCELLED, NOW);
      orders.recordStatus(order.orderId(), Order.Status.CANCELLED, NOW);

      assertThat(orders.get(order.orderId()).status()).isEqualTo(Order.Status.CANCELLED);
      assertThat(events.stream(OrderCancelled.class).filter(e -> e.orderId()
          .equals(order.orderId()))).hasSize(1);
    }
    Order pickedUp = orderAt(Order.Status.PICKED_UP);
    assertThatThrownBy(() -> orders.recordStatus(pickedUp.orderId(), Order.Status.CANCELLED, NOW))
        .isInstanceOf(OrderRejectedException.class);
  }

  @Test
  void anOrderWithAWorkflowIsCancelledOnlyThroughIt() {
    Order order = orders.place(takeaway.id, null, "Ana", List.of(OrderItem.named("Tiramisu", 1)),
        null);

    orders.attachWorkflow(order.orderId(), "order-" + order.orderId());

    assertThat(orders.get(order.orderId()).workflowId()).isEqualTo("order-" + order.orderId());
    entityManager.flush();
    assertThat(jdbc.queryForObject("select workflow_id from customer_order where id = ?",
        String.class, order.orderId())).isEqualTo("order-" + order.orderId());
    assertThatThrownBy(() -> orders.cancel(order.orderId()))
        .isInstanceOf(OrderRejectedException.class)
        .hasMessage("Order " + order.orderId()
            + " is handled by its workflow; cancel it through the workflow.");
    assertThat(orders.get(order.orderId()).status()).isEqualTo(Order.Status.PLACED);
  }

  @Test
  void ordersWithAWorkflowStillRunningAreTheOnesToReArm() {
    Order withoutWorkflow = orders.place(takeaway.id, null, "Ana",
        List.of(OrderItem.named("Tiramisu", 1)), null);
    List<Order> inProgress = List.of(Order.Status.PLACED, Order.Status.PREPARING,
        Order.Status.DELIVERED).stream().map(this::orderAt).toList();
    List<Order> ended = List.of(Order.Status.COMPLETED, Order.Status.REJECTED,
        Order.Status.CANCELLED).stream().map(this::orderAt).toList();

    List<UUID> toReArm = orders.withWorkflowInProgress().stream().map(Order::orderId).toList();

    assertThat(toReArm).containsAll(inProgress.stream().map(Order::orderId).toList())
        .doesNotContain(withoutWorkflow.orderId())
        .doesNotContainAnyElementsOf(ended.stream().map(Order::orderId).toList());
  }

  @Test
  void anItemCountsAsOrderedUntilTheOrderIsHandedOverRejectedOrCancelled() {
    for (Order.Status status : Order.Status.values()) {
      orderAt(status);
    }
    entityManager.flush();

    // Placed, accepted, preparing and ready.
    assertThat(orderRows.countOpenIncluding(tiramisu.id)).isEqualTo(4);
    assertThat(orderRows.countOpenIncluding(pizza.id)).isZero();
  }

  @Test
  void aContactGivenWithTheOrderIsKeptButNotShownInTheApi() throws Exception {
    Order order = orders.place(takeaway.id, null, "Ana", " ana@example.com ",
        List.of(OrderItem.named("Tiramisu", 1)), null);

    assertThat(orders.get(order.orderId()).customerContact()).isEqualTo("ana@example.com");
    String json = new com.fasterxml.jackson.databind.ObjectMapper()
        .findAndRegisterModules().writeValueAsString(order);
    assertThat(json).doesNotContain("ana@example.com").contains("\"workflowId\"");
  }

  @Test
  void theOpenOrdersOfABusinessAreItsUnfinishedOnesOldestFirst() {
    Order placed = orderAt(Order.Status.PLACED);
    Order preparing = orderAt(Order.Status.PREPARING);
    Order ready = orderAt(Order.Status.READY);
    orderAt(Order.Status.PICKED_UP);
    orderAt(Order.Status.CANCELLED);
    orderAt(Order.Status.REJECTED);

    assertThat(orders.openOf(takeaway.id)).extracting(Order::orderId)
        .containsExactlyInAnyOrder(placed.orderId(), preparing.orderId(), ready.orderId());
    assertThat(orders.openOf(UUID.randomUUID())).isEmpty();
  }

  /** An order with a workflow, moved along the lifecycle to the status. */
  private Order orderAt(Order.Status status) {
    Order order = orders.place(takeaway.id, null, "Ana", List.of(OrderItem.named("Tiramisu", 1)),
        null);
    orders.attachWorkflow(order.orderId(), "order-" + order.orderId());
    List<Order.Status> path = switch (status) {
      case PLACED -> List.of();
      case ACCEPTED -> List.of(Order.Status.ACCEPTED);
      case REJECTED -> List.of(Order.Status.REJECTED);
      case PREPARING -> List.of(Order.Status.ACCEPTED, Order.Status.PREPARING);
      case READY -> List.of(Order.Status.ACCEPTED, Order.Status.PREPARING, Order.Status.READY);
      case PICKED_UP, DELIVERED -> List.of(Order.Status.ACCEPTED, Order.Status.PREPARING,
          Order.Status.READY, status);
      case COMPLETED -> List.of(Order.Status.ACCEPTED, Order.Status.PREPARING,
          Order.Status.READY, Order.Status.PICKED_UP, Order.Status.COMPLETED);
      case CANCELLED -> List.of(Order.Status.CANCELLED);
    };
    path.forEach(next -> orders.recordStatus(order.orderId(), next, NOW));
    return orders.get(order.orderId());
  }

  private void assertRefused(List<OrderItem> items, String reason) {
    assertThatThrownBy(() -> orders.place(takeaway.id, null, "Ana", items, null))
        .isInstanceOf(OrderRejectedException.class).hasMessage(reason);
    assertNothingOrdered();
  }

  private void assertRefused(LocalDateTime pickup, String reason) {
    assertThatThrownBy(() -> orders.place(takeaway.id, null, "Ana",
        List.of(OrderItem.named("Tiramisu", 1)), pickup))
        .isInstanceOf(OrderRejectedException.class).hasMessage(reason);
    assertNothingOrdered();
  }

  /** A refusal writes nothing: the business has exactly the orders placed before it. */
  private void assertNothingOrdered() {
    entityManager.flush();
    assertThat(jdbc.queryForObject("select count(*) from customer_order where business_id = ?",
        Long.class, takeaway.id)).isEqualTo(events.stream(OrderPlaced.class).count());
  }
}
