package ai.xseven.business;

import static ai.xseven.DemoData.upcoming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.xseven.conversation.ChatApi;
import ai.xseven.conversation.ChatApi.Reply;
import ai.xseven.workflow.AppointmentScheduler;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code POST /api/v1/bookings/{id}/cancel} through the appointment workflow: the policy's window,
 * the customer's notice, the freed slot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BookingCancellationIT {

  @Autowired TestRestTemplate http;
  @Autowired BookingService bookingService;
  @Autowired AppointmentScheduler scheduler;
  @Autowired BusinessRepository businesses;
  @Autowired CatalogItemRepository catalog;
  @Autowired OpeningHoursRepository hours;
  @Autowired BookingRepository bookings;

  Business salon;
  CatalogItem haircut;

  @BeforeEach
  void openASalonOfOneChair() {
    TestBusinesses test = new TestBusinesses(businesses, catalog, hours);
    salon = test.oneChairSalon();
    haircut = test.item(salon, "Haircut", 4000, 60);
  }

  @Test
  void cancellingAWeekAheadEndsTheWorkflowWithANoticeAndFreesTheChair() {
    ChatApi api = new ChatApi(http);
    UUID conversationId = UUID.fromString(api.start(salon.id));
    BookingRequest request = saturdayAt11(conversationId);
    BookingConfirmation booking = bookingService.book(request);
    String workflowId = scheduler.start(booking);
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(api.get("/api/v1/workflows/" + workflowId).body().path("appointment")
            .path("history").findValuesAsText("key")).contains("confirmation"));
    assertThat(bookingService.check(request).reason())
        .isEqualTo("Sorry, every chair is taken at that time.");

    Reply cancelled = cancel(booking.bookingId());

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.body().path("applied").asBoolean()).isTrue();
    assertThat(cancelled.body().path("status").asText()).isEqualTo("CANCELLED");
    assertThat(cancelled.body().path("description").asText())
        .startsWith("Haircut at Test Salon on Saturday, ").endsWith(" at 11:00 AM");
    assertThat(cancelled.body().path("workflow").path("stage").asText()).isEqualTo("cancelled");
    assertThat(api.get("/api/v1/workflows/" + workflowId).body().path("appointment")
        .path("stage").asText()).isEqualTo("cancelled");
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(api.get("/api/v1/conversations/" + conversationId).body().path("messages")
            .findValuesAsText("text")).anyMatch(text -> text.endsWith(" is cancelled.")));
    assertThat(bookingService.check(request).available()).isTrue();
  }

  @Test
  void cancellingACancelledBookingAgainChangesNothing() {
    BookingConfirmation booking = bookingService.book(saturdayAt11(null));
    assertThat(cancel(booking.bookingId()).status()).isEqualTo(200);

    Reply again = cancel(booking.bookingId());

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().path("applied").asBoolean()).isFalse();
    assertThat(again.body().path("status").asText()).isEqualTo("CANCELLED");
  }

  @Test
  void aCancellationLessThanADayAheadIsAConflictWithThePolicysReason() {
    Instant inThreeHours = Instant.now().plus(Duration.ofHours(3));
    Booking soon = bookings.save(new Booking(salon.id, null, "Ada", null, 1, inThreeHours,
        inThreeHours.plus(Duration.ofHours(1)), Instant.now()));

    Reply refused = cancel(soon.id);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    assertThat(refused.body().path("title").asText()).isEqualTo("Cancellation refused");
    assertThat(refused.body().path("detail").asText())
        .isEqualTo("Bookings can be cancelled up to 24 hours before they start; please call"
            + " Test Salon on +1 555 0199.");
    assertThat(bookings.findById(soon.id).orElseThrow().status)
        .isEqualTo(Booking.Status.CONFIRMED);
  }

  @Test
  void anUnknownBookingIsNotFound() {
    UUID unknown = UUID.randomUUID();

    Reply reply = cancel(unknown);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    assertThat(reply.body().path("detail").asText())
        .isEqualTo("There is no booking with id " + unknown + ".");
  }

  private Reply cancel(UUID bookingId) {
    return new ChatApi(http)
        .call(HttpMethod.POST, "/api/v1/bookings/" + bookingId + "/cancel", null);
  }

  private BookingRequest saturdayAt11(UUID conversationId) {
    return new BookingRequest(salon.id, conversationId, upcoming(DayOfWeek.SATURDAY),
        LocalTime.of(11, 0), 1, haircut.id, "Ada Lovelace");
  }
}
