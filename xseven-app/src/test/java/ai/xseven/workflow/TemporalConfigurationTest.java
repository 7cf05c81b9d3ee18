package ai.xseven.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import static org.mockito.Mockito.mock;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessService;
import io.temporal.testserver.TestServer;
import io.temporal.testserver.TestServer.PortBoundTestServer;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;

/** The production modes: an in-process server (the default) and an external cluster. */
@ExtendWith(OutputCaptureExtension.class)
class TemporalConfigurationTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(TemporalProperties.class)
  @Import({
    TemporalConfiguration.class,
    TemporalWorkers.class,
    AppointmentActivitiesImpl.class,
    AppointmentScheduler.class,
    NotificationInbox.class
  })
  static class Beans {}

  @Test
  void embeddedServerRunsAppointmentsAndOutlivesTheWorkers(CapturedOutput output) {
    WorkerFactory workers;
    try (AnnotationConfigApplicationContext context = context(Map.of())) {
      workers = context.getBean(WorkerFactory.class);
      startsAndConfirms(context);
    }

    // Workers still polling when the server closes make it wait 5 s and log CANCELLED calls.
    assertThat(workers.isTerminated()).isTrue();
    assertThat(output.getAll()).doesNotContain("CANCELLED").doesNotContain("ERROR");
  }

  @Test
  void externalModeUsesTheClusterAtTheTarget(CapturedOutput output) throws IOException {
    int port = freePort();
    PortBoundTestServer cluster = TestServer.createPortBoundServer(port, true);
    Map<String, Object> external =
        Map.of("xseven.temporal.mode", "external", "xseven.temporal.target", "localhost:" + port);
    try (AnnotationConfigApplicationContext context = context(external)) {
      assertThat(context.getBeanNamesForType(TestServer.InProcessTestServer.class)).isEmpty();
      startsAndConfirms(context);
    } finally {
      cluster.close();
    }

    assertThat(output.getAll()).doesNotContain("ERROR");
  }

  private static void startsAndConfirms(AnnotationConfigApplicationContext context) {
    AppointmentScheduler scheduler = context.getBean(AppointmentScheduler.class);
    BookingConfirmation booking = Bookings.tableFor4(Instant.now(), Duration.ofHours(3));

    String workflowId = scheduler.start(booking);

    context
        .getBean(NotificationInbox.class)
        .awaitKey(booking.conversationId(), workflowId + "-confirmation");
    assertThat(scheduler.status(workflowId).orElseThrow().stage())
        .isEqualTo("confirmed");
  }

  private static AnnotationConfigApplicationContext context(Map<String, Object> properties) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    Map<String, Object> all =
        new HashMap<String, Object>(
            Map.of(
                "xseven.temporal.namespace",
                "default",
                "xseven.temporal.task-queue",
                "appointments-test"));
    all.putAll(properties);
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", all));
    context.register(Beans.class);
    context.registerBean(BookingService.class, () -> mock(BookingService.class));
    context.registerBean(BusinessService.class, () -> mock(BusinessService.class));
    context.refresh();
    return context;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
