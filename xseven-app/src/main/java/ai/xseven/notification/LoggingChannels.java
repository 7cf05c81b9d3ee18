package ai.xseven.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The e-mail and SMS channels of a fresh installation: they only log what they would send. */
@Configuration(proxyBeanMethods = false)
class LoggingChannels {

  @Bean
  NotificationChannel emailNotificationChannel() {
    return new LoggingChannel("email");
  }

  @Bean
  NotificationChannel smsNotificationChannel() {
    return new LoggingChannel("sms");
  }
}
