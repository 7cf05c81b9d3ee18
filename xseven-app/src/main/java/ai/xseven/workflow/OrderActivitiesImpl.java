package ai.xseven.workflow;

import ai.xseven.business.Order;
import ai.xseven.business.OrderPayment;
import ai.xseven.business.OrderService;
import ai.xseven.business.PaymentGateway;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Hands order steps to the business feature: its order rows and its payment gateway. */
@Component
class OrderActivitiesImpl implements OrderActivities {

  private final OrderService orders;
  private final PaymentGateway payments;

  OrderActivitiesImpl(OrderService orders, PaymentGateway payments) {
    this.orders = orders;
    this.payments = payments;
  }

  @Override
  public void recordStatus(String orderId, Order.Status status, long atEpochMillis) {
    orders.recordStatus(UUID.fromString(orderId), status, Instant.ofEpochMilli(atEpochMillis));
  }

  @Override
  public void authorizePayment(String orderId, int amountCents, String currency) {
    payments.authorize(payment(orderId, amountCents, currency));
  }

  @Override
  public void capturePayment(String orderId, int amountCents, String currency) {
    payments.capture(payment(orderId, amountCents, currency));
  }

  @Override
  public void releasePayment(String orderId, int amountCents, String currency) {
    payments.release(payment(orderId, amountCents, currency));
  }

  @Override
  public void refundPayment(String orderId, int amountCents, String currency) {
    payments.refund(payment(orderId, amountCents, currency));
  }

  private static OrderPayment payment(String orderId, int amountCents, String currency) {
    return new OrderPayment(UUID.fromString(orderId), amountCents, currency);
  }
}
