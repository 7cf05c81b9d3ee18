package ai.xseven.notification;

import org.springframework.stereotype.Service;

/** Sends workflow notifications to customers over their business's channels, and to owners. */
@Service
public class Notifications {

  /** Delivers on each channel the business uses, at most once per dedup key and channel. */
  public void notifyCustomer(Notification notification) {
    throw new UnsupportedOperationException("issue 5: notification channels");
  }

  /** Stores the alert for the owner once per dedup key. */
  public void alertOwner(OwnerAlert alert) {
    throw new UnsupportedOperationException("issue 5: owner alerts");
  }
}
