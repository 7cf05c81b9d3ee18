package ai.xseven.business;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Fallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offline {@link PaymentGateway}: one {@code order_payment} row per order and step, and no
 * money moved. Writing a step that is already written changes nothing, so retries are safe. A step
 * out of order (a capture without a hold, a refund of nothing captured) is refused. A
 * {@code PaymentGateway} bean of your own replaces it.
 */
@Component
@Fallback
class OrderPaymentLedger implements PaymentGateway {

  /** A step written down, as the {@code kind} column names it. */
  enum Kind {
    AUTHORIZED,
    CAPTURED,
    RELEASED,
    REFUNDED
  }

  /** One row of the ledger. */
  record Entry(Kind kind, int amountCents, String currency, Instant at) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  OrderPaymentLedger(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void authorize(OrderPayment payment) {
    write(payment, Kind.AUTHORIZED);
  }

  @Override
  @Transactional
  public void capture(OrderPayment payment) {
    List<Kind> done = kinds(payment.orderId());
    if (!done.contains(Kind.AUTHORIZED) || done.contains(Kind.RELEASED)) {
      throw new IllegalStateException(
          "Order " + payment.orderId() + " has no payment hold to capture.");
    }
    write(payment, Kind.CAPTURED);
  }

  @Override
  @Transactional
  public void release(OrderPayment payment) {
    List<Kind> done = kinds(payment.orderId());
    if (!done.contains(Kind.AUTHORIZED) || done.contains(Kind.CAPTURED)) {
      throw new IllegalStateException(
          "Order " + payment.orderId() + " has no uncaptured payment hold to release.");
    }
    write(payment, Kind.RELEASED);
  }

  @Override
  @Transactional
  public void refund(OrderPayment payment) {
    if (!kinds(payment.orderId()).contains(Kind.CAPTURED)) {
      throw new IllegalStateException(
          "Order " + payment.orderId() + " has no captured payment to refund.");
    }
    write(payment, Kind.REFUNDED);
  }

  /** The order's steps in the order they were written. */
  @Transactional(readOnly = true)
  List<Entry> entries(UUID orderId) {
    return jdbc.sql("select kind, amount_cents, currency, at from order_payment"
            + " where order_id = ? order by at, kind")
        .param(orderId)
        .query((row, n) -> new Entry(Kind.valueOf(row.getString("kind")),
            row.getInt("amount_cents"), row.getString("currency"),
            row.getTimestamp("at").toInstant()))
        .list();
  }

  private List<Kind> kinds(UUID orderId) {
    return jdbc.sql("select kind from order_payment where order_id = ?")
        .param(orderId)
        .query((row, n) -> Kind.valueOf(row.getString("kind")))
        .list();
  }

  /**
   * Inserts the row unless it is there. Of two attempts racing, the loser fails on the primary key
   * and, retried, finds the row.
   */
  private void write(OrderPayment payment, Kind kind) {
    jdbc.sql("insert into order_payment (order_id, kind, amount_cents, currency, at)"
            + " select ?, ?, ?, ?, ? where not exists"
            + " (select 1 from order_payment where order_id = ? and kind = ?)")
        .params(payment.orderId(), kind.name(), payment.amountCents(), payment.currency(),
            Timestamp.from(clock.instant()), payment.orderId(), kind.name())
        .update();
  }
}
