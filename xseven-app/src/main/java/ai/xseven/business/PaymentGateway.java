package ai.xseven.business;

/**
 * Where an order's money moves: a hold when the business accepts the order, captured when
 * preparation starts, released (cancelled while accepted) or refunded (cancelled while preparing
 * or ready).
 *
 * <p>The default, {@link OrderPaymentLedger}, takes no money: it writes each step down in the
 * {@code order_payment} table, which is what an offline shop needs. To take real payments, declare
 * a Spring bean that implements this interface and calls your provider (Stripe, Adyen, …); it
 * replaces the default. Workflow activities call each method at least once per order and may call
 * it again after a crash or timeout, so an implementation must be idempotent: use the order id
 * (with the step) as the provider's idempotency key. Throw to have the step retried.
 */
public interface PaymentGateway {

  /** Holds the amount on the customer's means of payment. */
  void authorize(OrderPayment payment);

  /** Takes the held amount. */
  void capture(OrderPayment payment);

  /** Gives up the hold without taking anything. */
  void release(OrderPayment payment);

  /** Pays the captured amount back. */
  void refund(OrderPayment payment);
}
