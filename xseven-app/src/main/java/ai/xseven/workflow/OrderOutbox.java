package ai.xseven.workflow;

import ai.xseven.notification.Notification;
import ai.xseven.notification.OwnerAlert;
import io.temporal.workflow.Async;
import io.temporal.workflow.Workflow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * The notifications of one order workflow: queued by the workflow, sent one by one, in order, from
 * a workflow thread of their own, so a slow channel holds up neither the owner's request nor the
 * timers. Part of the workflow's code: deterministic, no I/O but activities.
 *
 * <p>Every message has a key made from the order id, so a workflow re-armed after a restart (the
 * embedded server forgets everything) repeats keys the channels already delivered rather than
 * sending the same message twice.
 */
final class OrderOutbox {

  private final NotificationActivities notifications =
      Workflow.newActivityStub(NotificationActivities.class, ActivityPolicies.NOTIFICATIONS);
  private final Deque<Outgoing> queue = new ArrayDeque<>();
  private final List<NotificationRecord> history = new ArrayList<>();
  private final OrderInput input;

  OrderOutbox(OrderInput input) {
    this.input = input;
  }

  /** Starts sending; call once, from the workflow method. */
  void start() {
    Async.procedure(this::deliver);
  }

  /** @param what the message within the order, e.g. {@code accepted}: its dedup key's end */
  void tellCustomer(String what, String text) {
    Notification notification = new Notification(dedupKey(what), uuid(input.businessId()),
        uuid(input.conversationId()), input.customerName(), input.customerContact(),
        "order-" + what, text);
    queue.add(new Outgoing(what, "customer", text, notification, null));
  }

  void alertOwner(String what, String text) {
    OwnerAlert alert = new OwnerAlert(dedupKey(what), uuid(input.businessId()),
        uuid(input.conversationId()), "order-overdue", text);
    queue.add(new Outgoing(what, "owner", text, null, alert));
  }

  /** Everything queued has been delivered. */
  boolean isEmpty() {
    return queue.isEmpty();
  }

  /** What was delivered, in order. */
  List<NotificationRecord> history() {
    return List.copyOf(history);
  }

  /** A message leaves the queue once it is delivered. */
  private void deliver() {
    while (true) {
      Workflow.await(() -> !queue.isEmpty());
      Outgoing next = queue.peek();
      if (next.customer() != null) {
        notifications.notifyCustomer(next.customer());
      } else {
        notifications.alertOwner(next.owner());
      }
      history.add(new NotificationRecord(next.key(), next.audience(),
          Workflow.currentTimeMillis(), next.text()));
      queue.poll();
    }
  }

  /** The same for every retry and every re-armed run: each channel delivers it once. */
  private String dedupKey(String what) {
    return "order-" + input.orderId() + "-" + what;
  }

  private static UUID uuid(String id) {
    return id == null ? null : UUID.fromString(id);
  }

  /** A message waiting to go out: to the customer or, as an alert, to the owner. */
  private record Outgoing(
      String key, String audience, String text, Notification customer, OwnerAlert owner) {}
}
