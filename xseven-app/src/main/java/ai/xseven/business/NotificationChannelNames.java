package ai.xseven.business;

import java.util.Set;

/**
 * Which notification channels this installation has: implemented by the notification feature, so
 * that this feature can check an owner's choice without depending on it.
 */
public interface NotificationChannelNames {

  /** The names a business may list in {@link WorkflowSettings#notificationChannels()}. */
  Set<String> installed();
}
