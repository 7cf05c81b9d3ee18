package ai.xseven.workflow;

import ai.xseven.business.Order;
import io.temporal.activity.ActivityInterface;

/**
 * What order workflows do to the order's row and its money. Each is idempotent: doing a step again
 * (a retry after a timeout, a workflow re-armed after a restart) changes nothing.
 */
@ActivityInterface(namePrefix = "Order")
public interface OrderActivities {

  /** Stores the stage on the order, at the workflow's time. */
  void recordStatus(String orderId, Order.Status status, long atEpochMillis);

  void authorizePayment(String orderId, int amountCents, String currency);

  void capturePayment(String orderId, int amountCents, String currency);

  void releasePayment(String orderId, int amountCents, String currency);

  void refundPayment(String orderId, int amountCents, String currency);
}
