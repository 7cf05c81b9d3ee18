package ai.xseven.agent;

import static ai.xseven.DemoData.MARIOS;
import static ai.xseven.DemoData.ZONE;
import static ai.xseven.DemoData.spoken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.conversation.ChatApi;
import ai.xseven.conversation.ChatApi.Reply;
import ai.xseven.workflow.AppointmentScheduler;
import ai.xseven.workflow.AppointmentStatus;
import ai.xseven.workflow.NotificationRecord;
import ai.xseven.workflow.TimeSkippingTemporalConfiguration;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A customer of the offline chat asks when their appointment is, moves it and cancels it; the
 * answers are the appointment workflow's, and in virtual time the reminder comes at the new time
 * only, and not at all once cancelled. The owner checks a customer in once the window is open.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "xseven.temporal.mode=time-skipping")
@Import(TimeSkippingTemporalConfiguration.class)
@ActiveProfiles("test")
// Virtual time only moves on: later tests of a shared context must not find it days ahead.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SelfServiceChatIT {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a", Locale.ENGLISH);

  @Autowired TestRestTemplate http;
  @Autowired TestWorkflowEnvironment temporal;
  @Autowired BookingService bookings;
  @Autowired AppointmentScheduler appointments;

  @Test
  void theCustomerAsksMovesAndCancelsAndTheRemindersFollow() throws Exception {
    ChatApi api = new ChatApi(http);
    String id = api.start(MARIOS);
    LocalDate saturday = ahead(DayOfWeek.SATURDAY);
    LocalDate sunday = saturday.plusDays(1);
    api.say(id, "Book a table for 2 on " + spoken(saturday) + " at 8pm, my name is Sara Conti");
    assertThat(api.say(id, "yes").text()).contains("Done!");
    BookingConfirmation booking =
        bookings.upcomingOfConversation(UUID.fromString(id)).get(0);
    String workflowId = AppointmentScheduler.workflowId(booking.bookingId());
    Instant saturdayAt8 = saturday.atTime(20, 0).atZone(ZONE).toInstant();
    awaitNextReminder(workflowId, saturdayAt8.minus(Duration.ofHours(24)));

    Reply when = api.say(id, "when is my appointment?");

    assertThat(when.text()).contains("You have a table for 2 at Mario's Italian on "
        + WHEN.format(saturdayAt8.atZone(ZONE)) + ". Your next reminder comes on "
        + WHEN.format(saturdayAt8.minus(Duration.ofHours(24)).atZone(ZONE)) + ".");

    Reply asked = api.say(id, "can we move my booking to " + spoken(sunday) + " at 7pm?");
    assertThat(asked.text()).contains("Shall I move a table for 2 at Mario's Italian on "
        + WHEN.format(saturdayAt8.atZone(ZONE)) + " to " + WHEN.format(sunday.atTime(19, 0))
        + "? Please answer yes or no.");
    assertThat(asked.stage()).isEqualTo("managing");
    Reply moved = api.say(id, "yes");
    assertThat(moved.text()).contains("Moved: your table for 2 at Mario's Italian is now on");
    assertThat(moved.stage()).isEqualTo("open");

    Instant sundayAt7 = sunday.atTime(19, 0).atZone(ZONE).toInstant();
    awaitNextReminder(workflowId, sundayAt7.minus(Duration.ofHours(24)));
    assertThat(api.say(id, "when is my appointment?").text()).contains("Your next reminder"
        + " comes on " + WHEN.format(sundayAt7.minus(Duration.ofHours(24)).atZone(ZONE)) + ".");

    // Past the old reminder time (Friday 8 PM) and the new one (Saturday 7 PM).
    sleepUntil(sundayAt7.minus(Duration.ofHours(24)).plus(Duration.ofMinutes(5)));
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(reminders(api, id)).singleElement().asString()
            .contains("tomorrow").contains("7:00 PM"));

    api.say(id, "please cancel my reservation");
    Reply cancelled = api.say(id, "yes");
    assertThat(cancelled.text()).contains("is cancelled");
    assertThat(appointments.status(workflowId).orElseThrow().stage()).isEqualTo("cancelled");

    // Waiting for the result lets virtual time run to the workflow's end: had the cancellation
    // not ended it, the hour-before reminder would be sent on the way.
    temporal.getWorkflowClient().newUntypedWorkflowStub(workflowId)
        .getResult(20, TimeUnit.SECONDS, Void.class);
    assertThat(reminders(api, id)).hasSize(1);
    assertThat(appointments.status(workflowId).orElseThrow().history())
        .extracting(NotificationRecord::key).doesNotContain("reminder-60m");
  }

  @Test
  void theOwnerChecksTheCustomerInOnceTheWindowIsOpenInVirtualTime() {
    ChatApi api = new ChatApi(http);
    String id = api.start(MARIOS);
    LocalDate friday = ahead(DayOfWeek.FRIDAY);
    api.say(id, "Book a table for 3 on " + spoken(friday) + " at 7pm, my name is Ines Duarte");
    assertThat(api.say(id, "yes").text()).contains("Done!");
    BookingConfirmation booking = bookings.upcomingOfConversation(UUID.fromString(id)).stream()
        .filter(mine -> mine.customerName().equals("Ines Duarte")).findFirst().orElseThrow();
    String path = "/api/v1/bookings/" + booking.bookingId() + "/check-in";
    Map<String, String> owner = Map.of("Authorization", "Bearer demo-owner-marios-italian");

    Reply early = api.call(HttpMethod.POST, path, null, owner);
    sleepUntil(friday.atTime(18, 50).atZone(ZONE).toInstant());
    Reply checkedIn = api.call(HttpMethod.POST, path, null, owner);

    assertThat(early.status()).isEqualTo(409);
    assertThat(checkedIn.status()).as(checkedIn.body().toString()).isEqualTo(200);
    assertThat(checkedIn.body().path("message").asText())
        .isEqualTo("Checked in for your table for 3 at Mario's Italian at 7:00 PM. Enjoy!");
    assertThat(checkedIn.body().path("status").asText()).isEqualTo("CHECKED_IN");
    assertThat(checkedIn.body().path("workflow").path("stage").asText()).isEqualTo("checked-in");
  }

  /**
   * A given weekday at least a week after the later of today and the virtual clock: other tests of
   * this application context (it is cached and shared) may have moved virtual time on already.
   */
  private LocalDate ahead(DayOfWeek day) {
    LocalDate virtualToday = Instant.ofEpochMilli(temporal.currentTimeMillis()).atZone(ZONE)
        .toLocalDate();
    LocalDate today = LocalDate.now(ZONE);
    LocalDate later = virtualToday.isAfter(today) ? virtualToday : today;
    return later.plusWeeks(1).with(TemporalAdjusters.nextOrSame(day));
  }

  private void awaitNextReminder(String workflowId, Instant expected) {
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      AppointmentStatus status = appointments.status(workflowId).orElseThrow();
      assertThat(status.nextReminderAtEpochMillis()).isEqualTo(expected.toEpochMilli());
    });
  }

  private void sleepUntil(Instant instant) {
    temporal.sleep(Duration.between(Instant.ofEpochMilli(temporal.currentTimeMillis()), instant));
  }

  private static List<String> reminders(ChatApi api, String id) {
    return api.get("/api/v1/conversations/" + id).body().path("messages")
        .findValuesAsText("text").stream().filter(text -> text.startsWith("Reminder:")).toList();
  }
}
