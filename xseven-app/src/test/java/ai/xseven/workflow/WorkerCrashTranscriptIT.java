package ai.xseven.workflow;

import static ai.xseven.DemoData.MARIOS;
import static ai.xseven.DemoData.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingRequest;
import ai.xseven.business.BookingService;
import ai.xseven.conversation.ChatApi;
import ai.xseven.notification.Notification;
import ai.xseven.notification.OwnerAlert;
import com.fasterxml.jackson.databind.JsonNode;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Workers die and the customer's transcript still shows each message exactly once: the real
 * activities, the real conversation channel and the database, in virtual time. One worker is killed
 * while the workflow waits on a timer; the next is killed after the conversation channel committed
 * the hour-before reminder but before the activity reported it, so Temporal runs the activity
 * again on a third worker with the same dedup key.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "xseven.temporal.mode=time-skipping")
@Import(TimeSkippingTemporalConfiguration.class)
@ActiveProfiles("test")
// Virtual time only moves on: later tests of a shared context must not find it days ahead.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WorkerCrashTranscriptIT {

  private static final String TASK_QUEUE = "worker-crash-it";

  @Autowired TestRestTemplate http;
  @Autowired TestWorkflowEnvironment temporal;
  @Autowired BookingService bookings;
  @Autowired NotificationActivities notifications;
  @Autowired AppointmentActivities appointmentSteps;

  private final CountDownLatch releaseStuckWorker = new CountDownLatch(1);
  private final List<WorkerFactory> factories = new ArrayList<>();
  private final Map<String, AtomicInteger> callsPerKey = new ConcurrentHashMap<>();

  @AfterEach
  void stopWorkers() {
    releaseStuckWorker.countDown();
    factories.forEach(WorkerFactory::shutdownNow);
  }

  @Test
  void eachNotificationReachesTheTranscriptOnceThoughTwoWorkersDie() throws Exception {
    ChatApi api = new ChatApi(http);
    String conversationId = api.start(MARIOS);
    LocalDate friday = ahead(DayOfWeek.FRIDAY);
    BookingConfirmation booking = bookings.book(new BookingRequest(MARIOS,
        UUID.fromString(conversationId), friday, LocalTime.of(19, 0), 2, null, "Ada Crash"));
    Instant startsAt = booking.startsAt();

    WorkerFactory first = worker(new Counting(notifications, null, null));
    AppointmentWorkflow workflow = start(booking, conversationId);
    sleepUntil(startsAt.minus(Duration.ofHours(23)));
    await().atMost(Duration.ofSeconds(20))
        .until(() -> calls("reminder-1440m") == 1); // now on the timer of the hour-before one
    kill(first);

    CountDownLatch delivered = new CountDownLatch(1);
    WorkerFactory second = worker(new Counting(notifications, "reminder-60m", delivered));
    sleepUntil(startsAt.minus(Duration.ofMinutes(59)));
    assertThat(delivered.await(20, TimeUnit.SECONDS)).isTrue();
    kill(second);

    worker(new Counting(notifications, null, null));
    // Past the no-show deadline: the retried reminder, then the no-show notice, end the workflow.
    WorkflowStub.fromTyped(workflow).getResult(120, TimeUnit.SECONDS, Void.class);

    // Delivered again after the kill: the interrupted attempt may report its failure (and be
    // retried) besides the time-out of the dead one, so at least twice.
    assertThat(calls("reminder-60m")).isGreaterThanOrEqualTo(2);
    List<String> transcript = notificationTexts(api, conversationId);
    assertThat(transcript).filteredOn(text -> text.startsWith("Confirmed:")).hasSize(1);
    assertThat(transcript).filteredOn(text -> text.startsWith("Reminder:")).hasSize(2);
    assertThat(transcript).filteredOn(text -> text.contains("starts in 1 hour")).hasSize(1);
    assertThat(transcript).hasSize(4); // confirmation, two reminders, the no-show notice
    assertThat(bookings.get(booking.bookingId()).status()).isEqualTo("NO_SHOW");
  }

  /** Counts calls per message; optionally dies (hangs) after delivering one of them. */
  private final class Counting implements NotificationActivities {

    private final NotificationActivities real;
    private final String dieAfter;
    private final CountDownLatch delivered;

    Counting(NotificationActivities real, String dieAfter, CountDownLatch delivered) {
      this.real = real;
      this.dieAfter = dieAfter;
      this.delivered = delivered;
    }

    @Override
    public void notifyCustomer(Notification notification) {
      String key = AppointmentKeys.withinWorkflow(notification.dedupKey());
      callsPerKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      real.notifyCustomer(notification);
      if (key.equals(dieAfter)) {
        delivered.countDown();
        try {
          releaseStuckWorker.await(); // the worker is being killed: it never reports
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("the worker died before reporting the delivery");
      }
    }

    @Override
    public void alertOwner(OwnerAlert alert) {
      real.alertOwner(alert);
    }
  }

  /**
   * Without a sticky queue: the in-process server never hands a dead worker's sticky tasks back
   * to the normal queue (a real server does after a few seconds), so the next worker replays.
   */
  private WorkerFactory worker(NotificationActivities channel) {
    WorkerFactory factory = WorkerFactory.newInstance(temporal.getWorkflowClient());
    Worker worker = factory.newWorker(TASK_QUEUE,
        WorkerOptions.newBuilder().setStickyQueueScheduleToStartTimeout(Duration.ZERO).build());
    worker.registerWorkflowImplementationTypes(AppointmentWorkflowImpl.class);
    worker.registerActivitiesImplementations(channel, appointmentSteps);
    factory.start();
    factories.add(factory);
    return factory;
  }

  private static void kill(WorkerFactory factory) {
    factory.shutdownNow();
    factory.awaitTermination(10, TimeUnit.SECONDS);
  }

  private AppointmentWorkflow start(BookingConfirmation booking, String conversationId) {
    AppointmentWorkflow workflow = temporal.getWorkflowClient().newWorkflowStub(
        AppointmentWorkflow.class,
        WorkflowOptions.newBuilder()
            .setWorkflowId(AppointmentScheduler.workflowId(booking.bookingId()))
            .setTaskQueue(TASK_QUEUE)
            .build());
    WorkflowClient.start(workflow::run, new AppointmentInput(
        booking.bookingId().toString(), MARIOS.toString(), conversationId, "Ada Crash",
        "table for 2 at Mario's Italian", booking.startsAt().toEpochMilli(),
        booking.endsAt().toEpochMilli(), temporal.currentTimeMillis(), ZONE.getId(),
        List.of(1440, 60), 30, 15, 120));
    return workflow;
  }

  private int calls(String key) {
    AtomicInteger calls = callsPerKey.get(key);
    return calls == null ? 0 : calls.get();
  }

  private static List<String> notificationTexts(ChatApi api, String conversationId) {
    List<String> texts = new ArrayList<>();
    for (JsonNode message : api.get("/api/v1/conversations/" + conversationId).body()
        .path("messages")) {
      if (message.path("role").asText().equals("notification")) {
        texts.add(message.path("text").asText());
      }
    }
    return texts;
  }

  /** A weekday a week after the later of today and the virtual clock (the context is shared). */
  private LocalDate ahead(DayOfWeek day) {
    LocalDate virtualToday =
        Instant.ofEpochMilli(temporal.currentTimeMillis()).atZone(ZONE).toLocalDate();
    LocalDate today = LocalDate.now(ZONE);
    LocalDate later = virtualToday.isAfter(today) ? virtualToday : today;
    return later.plusWeeks(1).with(TemporalAdjusters.nextOrSame(day));
  }

  private void sleepUntil(Instant instant) {
    temporal.sleep(Duration.between(Instant.ofEpochMilli(temporal.currentTimeMillis()), instant));
  }
}
