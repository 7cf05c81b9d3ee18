package ai.xseven.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The workflow feature alone on a time-skipping server: no database, web or Camunda. The test
 * class mocks {@code BookingService} and {@code BusinessService}; {@link NotificationInbox} stands
 * in for the notification feature. Test classes with this annotation share one context (and one
 * test clock), so they use fresh bookings and times relative to {@code
 * testEnv.currentTimeMillis()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringJUnitConfig(TimeSkippingSlice.Beans.class)
@TestPropertySource(
    properties = {
      "xseven.temporal.mode=time-skipping",
      "xseven.temporal.namespace=default",
      "xseven.temporal.task-queue=appointments-test"
    })
@interface TimeSkippingSlice {

  /** A test configuration, so that application tests' component scan leaves it out. */
  @TestConfiguration(proxyBeanMethods = false)
  @EnableConfigurationProperties(TemporalProperties.class)
  @Import({
    TemporalConfiguration.class,
    TimeSkippingTemporalConfiguration.class,
    TemporalWorkers.class,
    AppointmentActivitiesImpl.class,
    AppointmentScheduler.class,
    AppointmentRecovery.class,
    StartAppointmentPlugin.class,
    NotificationInbox.class
  })
  class Beans {}
}
