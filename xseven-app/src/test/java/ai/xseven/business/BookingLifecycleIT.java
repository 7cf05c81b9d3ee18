package ai.xseven.business;

import static ai.xseven.DemoData.upcoming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import ai.xseven.notification.Notification;
import ai.xseven.notification.Notifications;
import ai.xseven.workflow.AppointmentScheduler;
import ai.xseven.workflow.AppointmentStatus;
import ai.xseven.workflow.CancelRequest;
import ai.xseven.workflow.ChangeOutcome;
import ai.xseven.workflow.RescheduleRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A booking and its appointment workflow in the whole application (embedded Temporal, H2): moves
 * and cancels through the workflow change the booking row, and the booking's own cancelled event
 * does not cancel or notify twice. The notification feature is a mock that records deliveries.
 */
@SpringBootTest
@ActiveProfiles("test")
class BookingLifecycleIT {

  @MockitoBean Notifications notifications;
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
  void aMoveThroughTheWorkflowMovesTheSameBookingAndItsReminders() {
    LocalDate saturday = upcoming(DayOfWeek.SATURDAY);
    BookingConfirmation booking = bookingService.book(request(saturday, "11:00"));
    String workflowId = scheduler.start(booking);
    awaitDelivered(workflowId + "-confirmation");

    ChangeOutcome outcome = scheduler.reschedule(booking.bookingId(),
        new RescheduleRequest(saturday + "T15:00", "customer", true));

    assertThat(outcome.applied()).as(outcome.message()).isTrue();
    BookingConfirmation moved = bookingService.get(booking.bookingId());
    Instant threePm = saturday.atTime(15, 0).atZone(salon.zone()).toInstant();
    assertThat(moved.startsAt()).isEqualTo(threePm);
    assertThat(moved.workflowId()).isEqualTo(workflowId);
    assertThat(bookingService.check(request(saturday, "11:00")).available()).isTrue();
    AppointmentStatus status = scheduler.status(workflowId).orElseThrow();
    assertThat(status.startsAtEpochMillis()).isEqualTo(threePm.toEpochMilli());
    assertThat(status.nextReminderAtEpochMillis())
        .isEqualTo(threePm.minus(Duration.ofHours(24)).toEpochMilli());
    awaitDelivered(workflowId + "-moved-" + threePm.toEpochMilli());
  }

  @Test
  void aCancelThroughTheWorkflowCancelsTheBookingAndTellsTheCustomerOnce() {
    BookingConfirmation booking =
        bookingService.book(request(upcoming(DayOfWeek.SATURDAY), "11:00"));
    String workflowId = scheduler.start(booking);
    awaitDelivered(workflowId + "-confirmation");

    ChangeOutcome outcome = scheduler.cancel(booking.bookingId(),
        new CancelRequest("plans changed", false, "customer", true));

    assertThat(outcome.applied()).as(outcome.message()).isTrue();
    assertThat(bookingService.get(booking.bookingId()).status()).isEqualTo("CANCELLED");
    awaitDelivered(workflowId + "-cancellation");
    await().atMost(Duration.ofSeconds(20)).until(
        () -> scheduler.status(workflowId).orElseThrow().stage().equals("cancelled"));
    assertThat(deliveredKeys()).filteredOn(key -> key.startsWith(workflowId))
        .containsExactly(workflowId + "-confirmation", workflowId + "-cancellation");
  }

  @Test
  void aCustomersCancelInsideTheWindowIsRefusedAndTheOwnerMayOverride() {
    Instant inThreeHours = Instant.now().plus(Duration.ofHours(3));
    Booking soon = bookings.save(new Booking(salon.id, null, "Ada", null, 1, inThreeHours,
        inThreeHours.plus(Duration.ofHours(1)), Instant.now()));
    scheduler.start(bookingService.get(soon.id));

    ChangeOutcome refused = scheduler.cancel(soon.id,
        new CancelRequest(null, false, "customer", true));
    ChangeOutcome overridden = scheduler.cancel(soon.id,
        new CancelRequest("the salon is closed", true, "owner", true));

    assertThat(refused).isEqualTo(ChangeOutcome.refused(
        "Bookings can be cancelled up to 24 hours before they start; please call Test Salon on"
            + " +1 555 0199."));
    assertThat(overridden.applied()).as(overridden.message()).isTrue();
    assertThat(bookingService.get(soon.id).status()).isEqualTo("CANCELLED");
  }

  @Test
  void aBookingWhoseWorkflowWasForgottenIsMovedThroughANewOne() {
    LocalDate sunday = upcoming(DayOfWeek.SUNDAY);
    BookingConfirmation booking = bookingService.book(request(sunday, "10:00"));

    ChangeOutcome outcome = scheduler.reschedule(booking.bookingId(),
        new RescheduleRequest(sunday + "T16:00", "customer", false));

    assertThat(outcome.applied()).as(outcome.message()).isTrue();
    String workflowId = AppointmentScheduler.workflowId(booking.bookingId());
    assertThat(bookingService.get(booking.bookingId()).workflowId()).isEqualTo(workflowId);
    assertThat(scheduler.status(workflowId).orElseThrow().startsAtEpochMillis())
        .isEqualTo(sunday.atTime(16, 0).atZone(salon.zone()).toInstant().toEpochMilli());
  }

  @Test
  void anUnknownBookingIsNotFound() {
    assertThatThrownBy(() -> scheduler.reschedule(UUID.randomUUID(),
        new RescheduleRequest("2031-01-01T10:00", "customer", true)))
        .isInstanceOf(NotFoundException.class);
  }

  private void awaitDelivered(String dedupKey) {
    verify(notifications, timeout(20_000).atLeastOnce())
        .notifyCustomer(argThat(n -> n.dedupKey().equals(dedupKey)));
  }

  private List<String> deliveredKeys() {
    ArgumentCaptor<Notification> sent = ArgumentCaptor.forClass(Notification.class);
    verify(notifications, atLeastOnce()).notifyCustomer(sent.capture());
    return sent.getAllValues().stream().map(Notification::dedupKey).toList();
  }

  private BookingRequest request(LocalDate day, String time) {
    return new BookingRequest(salon.id, null, day, LocalTime.parse(time), 1, haircut.id,
        "Ada Lovelace");
  }
}
