package ai.xseven.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.business.OrderPaymentLedger.Entry;
import ai.xseven.business.OrderPaymentLedger.Kind;
import java.time.Clock;
import java.time.Instant;
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
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The offline payment ledger on the real schema: each step once, and only in a sensible order. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({OrderService.class, PickupTimes.class, OrderPaymentLedger.class,
    OrderPaymentLedgerTest.FixedClock.class})
class OrderPaymentLedgerTest {

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
  @Autowired OrderPaymentLedger ledger;
  @Autowired BusinessRepository businesses;
  @Autowired CatalogItemRepository catalog;
  @Autowired OpeningHoursRepository hours;
  @Autowired TestEntityManager entityManager;

  OrderPayment payment;

  @BeforeEach
  void placeAnOrder() {
    TestBusinesses test = new TestBusinesses(businesses, catalog, hours);
    Business takeaway = test.takeaway();
    test.item(takeaway, "Tiramisu", 850, 0);
    Order order = orders.place(takeaway.id, null, "Ana",
        List.of(OrderItem.named("Tiramisu", 2)), null);
    payment = new OrderPayment(order.orderId(), order.totalCents(), order.currency());
    entityManager.flush(); // the ledger writes with JDBC, behind JPA's back
  }

  @Test
  void eachStepIsWrittenOnceHoweverOftenItIsRetried() {
    ledger.authorize(payment);
    ledger.authorize(payment);
    ledger.capture(payment);
    ledger.capture(payment);
    ledger.refund(payment);
    ledger.refund(payment);

    assertThat(ledger.entries(payment.orderId())).containsExactly(
        new Entry(Kind.AUTHORIZED, 1700, "USD", NOW),
        new Entry(Kind.CAPTURED, 1700, "USD", NOW),
        new Entry(Kind.REFUNDED, 1700, "USD", NOW));
  }

  @Test
  void aHoldIsReleasedOnlyWhileItIsNotCaptured() {
    ledger.authorize(payment);
    ledger.release(payment);
    ledger.release(payment);

    assertThat(ledger.entries(payment.orderId())).extracting(Entry::kind)
        .containsExactly(Kind.AUTHORIZED, Kind.RELEASED);
    assertThatThrownBy(() -> ledger.capture(payment)).isInstanceOf(IllegalStateException.class)
        .hasMessage("Order " + payment.orderId() + " has no payment hold to capture.");
  }

  @Test
  void stepsOutOfOrderAreRefusedAndWriteNothing() {
    assertThatThrownBy(() -> ledger.capture(payment)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ledger.release(payment)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ledger.refund(payment))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Order " + payment.orderId() + " has no captured payment to refund.");
    ledger.authorize(payment);
    ledger.capture(payment);
    assertThatThrownBy(() -> ledger.release(payment)).isInstanceOf(IllegalStateException.class);

    assertThat(ledger.entries(payment.orderId())).extracting(Entry::kind)
        .containsExactly(Kind.AUTHORIZED, Kind.CAPTURED);
  }

  @Test
  void aPaymentGatewayOfYourOwnReplacesTheLedger() {
    PaymentGateway provider = new RecordingGateway();

    new ApplicationContextRunner()
        .withBean(JdbcClient.class, () -> org.mockito.Mockito.mock(JdbcClient.class))
        .withBean(Clock.class, Clock::systemUTC)
        .withBean(OrderPaymentLedger.class)
        .withBean("provider", PaymentGateway.class, () -> provider)
        .run(context -> assertThat(context.getBean(PaymentGateway.class)).isSameAs(provider));
    new ApplicationContextRunner()
        .withBean(JdbcClient.class, () -> org.mockito.Mockito.mock(JdbcClient.class))
        .withBean(Clock.class, Clock::systemUTC)
        .withBean(OrderPaymentLedger.class)
        .run(context -> assertThat(context.getBean(PaymentGateway.class))
            .isInstanceOf(OrderPaymentLedger.class));
  }

  private static final class RecordingGateway implements PaymentGateway {
    @Override
    public void authorize(OrderPayment payment) {}

    @Override
    public void capture(OrderPayment payment) {}

    @Override
    public void release(OrderPayment payment) {}

    @Override
    public void refund(OrderPayment payment) {}
  }
}
