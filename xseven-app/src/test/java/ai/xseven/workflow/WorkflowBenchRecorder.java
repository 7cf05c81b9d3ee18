package ai.xseven.workflow;

import ai.xseven.notification.Notification;
import ai.xseven.notification.OwnerAlert;
import io.temporal.activity.Activity;
import io.temporal.activity.DynamicActivity;
import io.temporal.common.converter.EncodedValues;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * The benchmark's activities: notifications are recorded with the wall-clock time they arrive
 * instead of being delivered; any other activity the appointment workflow calls (booking checks,
 * freeing a slot) is counted by type and does nothing, so the run measures Temporal and the
 * workflow code, not the database.
 */
final class WorkflowBenchRecorder {

  /** A notification as it reached the activity: which appointment, what kind, when. */
  record Arrival(UUID conversationId, String kind, long atMillis) {}

  final ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
  final Map<String, LongAdder> otherActivities = new ConcurrentHashMap<>();
  final LongAdder ownerAlerts = new LongAdder();

  /** The contract's notification activities. */
  NotificationActivities notifications() {
    return new NotificationActivities() {
      @Override
      public void notifyCustomer(Notification notification) {
        arrivals.add(new Arrival(notification.conversationId(), notification.kind(),
            System.currentTimeMillis()));
      }

      @Override
      public void alertOwner(OwnerAlert alert) {
        ownerAlerts.increment();
      }
    };
  }

  /**
   * Every other activity type. One that carries a notification-like argument (a conversation id
   * and a kind) is recorded as an arrival too, so the harness also measures a workflow that
   * notifies through an activity of its own.
   */
  DynamicActivity others() {
    return (EncodedValues args) -> {
      String type = Activity.getExecutionContext().getInfo().getActivityType();
      otherActivities.computeIfAbsent(type, t -> new LongAdder()).increment();
      if (args.getSize() > 0) {
        try {
          Map<?, ?> argument = args.get(0, Map.class);
          if (argument != null && argument.get("conversationId") instanceof String id
              && argument.get("kind") instanceof String kind) {
            arrivals.add(new Arrival(UUID.fromString(id), kind, System.currentTimeMillis()));
          }
        } catch (RuntimeException notAnObject) {
          // a plain value: nothing to record
        }
      }
      return null;
    };
  }
}
