package ai.xseven.notification;

import java.util.List;

/**
 * One or more channels could not deliver a notification. The channels that did are recorded and
 * are not asked again when the workflow's activity retries.
 */
public class DeliveryFailedException extends RuntimeException {

  DeliveryFailedException(String dedupKey, List<String> channels, RuntimeException first) {
    super("Notification " + dedupKey + " was not delivered on " + String.join(", ", channels)
        + ": " + first.getMessage(), first);
  }
}
