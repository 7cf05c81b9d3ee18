package ai.xseven.workflow;

import ai.xseven.notification.Notification;
import ai.xseven.notification.OwnerAlert;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * How an appointment workflow tells the customer and the owner, and what it has told them. Part of
 * the workflow's code, so deterministic like it.
 *
 * <p>Each message's dedup key is {@code appointment-<bookingId>-<suffix>}: the same for every
 * retry of the activity and for a workflow started again after a restart, so the channels deliver
 * it once.
 */
final class AppointmentNotices {

  private final NotificationActivities activities =
      Workflow.newActivityStub(NotificationActivities.class, ActivityPolicies.NOTIFICATIONS);
  private final AppointmentInput input;
  private final Set<String> sentSuffixes = new HashSet<>();
  private final List<NotificationRecord> history = new ArrayList<>();

  AppointmentNotices(AppointmentInput input) {
    this.input = input;
  }

  /**
   * @param key what it is within the workflow, for the history ({@code reminder-60m})
   * @param dedupSuffix what makes it one message ({@code reminder-60m-<startMillis>})
   */
  void tellCustomer(String key, String dedupSuffix, String kind, String text) {
    activities.notifyCustomer(
        new Notification(dedupKey(dedupSuffix), uuid(input.businessId()),
            uuid(input.conversationId()), input.customerName(), input.customerContact(), kind,
            text));
    sentSuffixes.add(dedupSuffix);
    record(key, "customer", text);
  }

  void alertOwner(String key, String kind, String text) {
    activities.alertOwner(
        new OwnerAlert(dedupKey(key), uuid(input.businessId()), uuid(input.conversationId()),
            kind, text));
    record(key, "owner", text);
  }

  boolean sent(String dedupSuffix) {
    return sentSuffixes.contains(dedupSuffix);
  }

  List<NotificationRecord> history() {
    return List.copyOf(history);
  }

  private void record(String key, String audience, String text) {
    history.add(new NotificationRecord(key, audience, Workflow.currentTimeMillis(), text));
  }

  private String dedupKey(String suffix) {
    return "appointment-" + input.bookingId() + "-" + suffix;
  }

  private static UUID uuid(String id) {
    return id == null ? null : UUID.fromString(id);
  }
}
