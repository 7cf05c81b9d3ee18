package ai.xseven.workflow;

import ai.xseven.notification.Notification;
import ai.xseven.notification.OwnerAlert;
import io.temporal.activity.ActivityInterface;

/** How workflows reach people; both are idempotent per dedup key, so retries are safe. */
@ActivityInterface
public interface NotificationActivities {

  void notifyCustomer(Notification notification);

  void alertOwner(OwnerAlert alert);
}
