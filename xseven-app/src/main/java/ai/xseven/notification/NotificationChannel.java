package ai.xseven.notification;

/**
 * A way to reach a customer: the conversation (the default), e-mail, SMS. Implement it as a
 * Spring bean to add a channel; a business lists the channels it uses by {@link #name()}.
 */
public interface NotificationChannel {

  /** The name businesses list it by, e.g. {@code conversation}, {@code email}, {@code sms}. */
  String name();

  /**
   * Delivers the notification. Called once per dedup key unless it throws; throw to have the
   * workflow's activity retry later.
   */
  void deliver(Notification notification);
}
