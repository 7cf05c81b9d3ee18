package ai.xseven.business;

/**
 * An order that cannot be placed or cancelled as asked — an unknown or unavailable item, a
 * quantity out of range, a pick-up time outside the opening hours — with the sentence a customer
 * should read. Thrown before anything is written.
 */
public class OrderRejectedException extends RuntimeException {

  OrderRejectedException(String reason) {
    super(reason);
  }
}
