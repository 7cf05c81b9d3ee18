package ai.xseven.business;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.business.OrderPaymentLedger.Entry;
import ai.xseven.business.OrderPaymentLedger.Kind;
import ai.xseven.support.ProductionServices;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order transitions and the payment ledger on this machine's PostgreSQL (a fresh database):
 * the ledger's insert-unless-present and the open-order count are plain SQL that H2 might accept
 * more leniently. Each call commits, as activities do.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({OrderService.class, PickupTimes.class, OrderPaymentLedger.class})
class OrderPostgresIT {

  @BeforeAll
  static void requirePostgres() {
    ProductionServices.requireOrSkip();
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> {
      try {
        return ProductionServices.freshDatabase("xseven_orders_it");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
    registry.add("spring.datasource.username", () -> "postgres");
  }

  @Autowired OrderService orders;
  @Autowired OrderPaymentLedger ledger;
  @Autowired BusinessRepository businesses;
  @Autowired CatalogItemRepository catalog;
  @Autowired OpeningHoursRepository hours;
  @Autowired CustomerOrderRepository orderRows;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anOrderMovesOnAndItsPaymentStepsAreWrittenOncePerKind() {
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    TestBusinesses test = new TestBusinesses(businesses, catalog, hours);
    Business takeaway = test.takeaway();
    CatalogItem tiramisu = test.item(takeaway, "Tiramisu", 850, 0);
    Order order = orders.place(takeaway.id, null, "Ana", List.of(OrderItem.named("Tiramisu", 2)),
        null);
    orders.attachWorkflow(order.orderId(), "order-" + order.orderId());
    OrderPayment payment = new OrderPayment(order.orderId(), 1700, "USD");
    Instant acceptedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    ledger.authorize(payment);
    ledger.authorize(payment);
    orders.recordStatus(order.orderId(), Order.Status.ACCEPTED, acceptedAt);
    orders.recordStatus(order.orderId(), Order.Status.ACCEPTED, acceptedAt.plusSeconds(5));
    ledger.capture(payment);
    orders.recordStatus(order.orderId(), Order.Status.PREPARING, acceptedAt.plusSeconds(60));
    long openWhilePreparing = orderRows.countOpenIncluding(tiramisu.id);
    ledger.refund(payment);
    ledger.refund(payment);
    orders.recordStatus(order.orderId(), Order.Status.CANCELLED, acceptedAt.plusSeconds(90));

    assertThat(openWhilePreparing).isEqualTo(1);
    assertThat(orderRows.countOpenIncluding(tiramisu.id)).isZero();
    assertThat(ledger.entries(order.orderId())).extracting(Entry::kind)
        .containsExactly(Kind.AUTHORIZED, Kind.CAPTURED, Kind.REFUNDED);
    Order cancelled = orders.get(order.orderId());
    assertThat(cancelled.status()).isEqualTo(Order.Status.CANCELLED);
    assertThat(cancelled.acceptedAt()).isEqualTo(acceptedAt);
    assertThat(orders.withWorkflowInProgress()).isEmpty();
  }
}
