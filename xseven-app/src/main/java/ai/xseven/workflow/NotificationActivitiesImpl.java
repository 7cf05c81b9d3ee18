package ai.xseven.workflow;

import ai.xseven.notification.Notification;
import ai.xseven.notification.Notifications;
import ai.xseven.notification.OwnerAlert;
import org.springframework.stereotype.Component;

/** Hands workflow notifications to the notification feature; a failure makes Temporal retry. */
@Component
class NotificationActivitiesImpl implements NotificationActivities {

  private final Notifications notifications;

  NotificationActivitiesImpl(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void notifyCustomer(Notification notification) {
    notifications.notifyCustomer(notification);
  }

  @Override
  public void alertOwner(OwnerAlert alert) {
    notifications.alertOwner(alert);
  }
}
