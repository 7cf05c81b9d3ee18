package ai.xseven.notification;

import ai.xseven.business.BusinessService;
import ai.xseven.business.WorkflowSettings;
import ai.xseven.notification.NotificationDeliveries.ClaimedConcurrently;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends workflow notifications to customers over their business's channels, and to owners. Called
 * from Temporal activities, outside any transaction: each channel's delivery gets a transaction of
 * its own, with its {@code notification_delivery} row, so one channel failing neither undoes nor
 * repeats another.
 */
@Service
public class Notifications {

  private static final Logger log = LoggerFactory.getLogger(Notifications.class);

  private final NotificationChannels channels;
  private final NotificationDeliveries deliveries;
  private final BusinessService businesses;
  private final OwnerInbox owners;
  private final TransactionTemplate transaction;

  Notifications(NotificationChannels channels, NotificationDeliveries deliveries,
      BusinessService businesses, OwnerInbox owners, PlatformTransactionManager transactions) {
    this.channels = channels;
    this.deliveries = deliveries;
    this.businesses = businesses;
    this.owners = owners;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Delivers on each channel the business uses, at most once per dedup key and channel. A channel
   * the business lists but this installation lacks is logged and skipped.
   *
   * @throws DeliveryFailedException when a channel failed, after every other channel was tried;
   *     the activity's retry asks only the channels that have not delivered
   */
  public void notifyCustomer(Notification notification) {
    List<String> failed = new ArrayList<>();
    RuntimeException first = null;
    for (String name : channelsOf(notification)) {
      NotificationChannel channel = channels.named(name).orElse(null);
      if (channel == null) {
        log.warn("Business {} lists notification channel '{}', which is not installed; "
            + "{} not sent on it", notification.businessId(), name, notification.dedupKey());
        continue;
      }
      try {
        deliverOnce(channel, notification);
      } catch (RuntimeException e) {
        log.warn("Channel {} could not deliver {}: {}", name, notification.dedupKey(),
            e.toString());
        failed.add(name);
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw new DeliveryFailedException(notification.dedupKey(), failed, first);
    }
  }

  /** Stores the alert for the owner once per dedup key. */
  public void alertOwner(OwnerAlert alert) {
    owners.store(alert);
  }

  private List<String> channelsOf(Notification notification) {
    WorkflowSettings settings = notification.businessId() == null ? WorkflowSettings.DEFAULTS
        : businesses.workflowSettings(notification.businessId())
            .orElse(WorkflowSettings.DEFAULTS);
    return settings.notificationChannels();
  }

  private void deliverOnce(NotificationChannel channel, Notification notification) {
    try {
      transaction.executeWithoutResult(status -> {
        if (deliveries.claim(notification.dedupKey(), channel.name())) {
          channel.deliver(notification);
        }
      });
    } catch (ClaimedConcurrently delivered) {
      // Another attempt of the same activity delivered it while this one waited for the row.
    }
  }
}
