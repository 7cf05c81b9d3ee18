package ai.xseven.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes to the log what a real e-mail or SMS provider would send. A developer replaces it by
 * declaring a {@link NotificationChannel} bean with the same {@link #name()}: a channel of another
 * class wins over this one (see {@code NotificationChannels}).
 */
class LoggingChannel implements NotificationChannel {

  private static final Logger log = LoggerFactory.getLogger(LoggingChannel.class);

  private final String name;

  LoggingChannel(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void deliver(Notification notification) {
    String recipient = notification.customerContact() != null
        && !notification.customerContact().isBlank()
        ? notification.customerContact() : notification.customerName();
    log.info("[{}] to {} ({}, {}): {}", name, recipient, notification.kind(),
        notification.dedupKey(), notification.text());
  }
}
