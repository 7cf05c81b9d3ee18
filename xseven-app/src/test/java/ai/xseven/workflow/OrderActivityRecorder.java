package ai.xseven.workflow;

import ai.xseven.business.Order;
import ai.xseven.notification.Notification;
import ai.xseven.notification.OwnerAlert;
import io.temporal.testing.TestWorkflowEnvironment;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the order row, the payment gateway and the notification channels: records each
 * call with the (virtual) time it was made.
 */
class OrderActivityRecorder implements OrderActivities, NotificationActivities {

  /** @param what a status (ACCEPTED), a payment step (authorize) or a notification's dedup key */
  record Call(String what, long atMillis) {}

  private final TestWorkflowEnvironment testEnv;
  private final List<Call> statuses = new CopyOnWriteArrayList<>();
  private final List<Long> statusTimes = new CopyOnWriteArrayList<>();
  private final List<Call> payments = new CopyOnWriteArrayList<>();
  private final List<Notification> customer = new CopyOnWriteArrayList<>();
  private final List<OwnerAlert> owner = new CopyOnWriteArrayList<>();
  private final List<Call> sent = new CopyOnWriteArrayList<>();

  /** When set, payment authorizations wait for it: a slow payment provider. */
  volatile CountDownLatch authorizationGate;

  OrderActivityRecorder(TestWorkflowEnvironment testEnv) {
    this.testEnv = testEnv;
  }

  @Override
  public void recordStatus(String orderId, Order.Status status, long atEpochMillis) {
    statuses.add(new Call(status.name(), testEnv.currentTimeMillis()));
    statusTimes.add(atEpochMillis);
  }

  @Override
  public void authorizePayment(String orderId, int amountCents, String currency) {
    CountDownLatch gate = authorizationGate;
    try {
      if (gate != null && !gate.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("The test never opened the authorization gate");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    payments.add(new Call("authorize " + amountCents + " " + currency, now()));
  }

  @Override
  public void capturePayment(String orderId, int amountCents, String currency) {
    payments.add(new Call("capture " + amountCents + " " + currency, now()));
  }

  @Override
  public void releasePayment(String orderId, int amountCents, String currency) {
    payments.add(new Call("release " + amountCents + " " + currency, now()));
  }

  @Override
  public void refundPayment(String orderId, int amountCents, String currency) {
    payments.add(new Call("refund " + amountCents + " " + currency, now()));
  }

  @Override
  public void notifyCustomer(Notification notification) {
    customer.add(notification);
    sent.add(new Call(notification.dedupKey(), now()));
  }

  @Override
  public void alertOwner(OwnerAlert alert) {
    owner.add(alert);
    sent.add(new Call(alert.dedupKey(), now()));
  }

  /** The statuses recorded on the order row, in order. */
  List<String> statuses() {
    return statuses.stream().map(Call::what).toList();
  }

  /** The workflow times the statuses were recorded with. */
  List<Long> statusTimes() {
    return List.copyOf(statusTimes);
  }

  List<String> payments() {
    return payments.stream().map(Call::what).toList();
  }

  List<Notification> customerNotifications() {
    return List.copyOf(customer);
  }

  List<OwnerAlert> ownerAlerts() {
    return List.copyOf(owner);
  }

  /** When the notification with this dedup key went out. */
  long sentAt(String dedupKey) {
    return sent.stream().filter(call -> call.what().equals(dedupKey)).findFirst()
        .orElseThrow(() -> new AssertionError("Nothing sent as " + dedupKey + " among " + sent))
        .atMillis();
  }

  private long now() {
    return testEnv.currentTimeMillis();
  }
}
