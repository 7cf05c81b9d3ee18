package ai.xseven.workflow;

import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The booking behind an appointment workflow, in memory, for workflow tests. It keeps the rules
 * the real booking service enforces that the workflow must cope with: statuses move one way, a
 * customer may cancel or move only more than 24 hours ahead (the owner or the system may do it
 * later), and a move can be refused by the booking policy ({@link #refuseMovesWith}). The booking
 * service itself is tested against the database in {@code BookingServiceTest}.
 */
class AppointmentFakeBooking implements AppointmentActivities {

  static final String WINDOW_REASON =
      "Bookings can be cancelled up to 24 hours before they start; please call Mario's Italian"
          + " on +39 06 1234.";

  private final TestWorkflowEnvironment testEnv;
  private final ZoneId zone;
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private String status = "CONFIRMED";
  private long startsAt;
  private long endsAt;
  private String moveRefusal;

  AppointmentFakeBooking(TestWorkflowEnvironment testEnv, ZoneId zone) {
    this.testEnv = testEnv;
    this.zone = zone;
  }

  synchronized void book(long startsAt, long endsAt) {
    this.status = "CONFIRMED";
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  /** The booking policy refuses every move from now on, with this reason. */
  synchronized void refuseMovesWith(String reason) {
    moveRefusal = reason;
  }

  synchronized String status() {
    return status;
  }

  synchronized long startsAt() {
    return startsAt;
  }

  /** The activities called, e.g. {@code move 2026-11-28T20:30 customer}, in order. */
  List<String> calls() {
    return List.copyOf(calls);
  }

  @Override
  public synchronized AppointmentChange move(String bookingId, String newStart,
      boolean bypassWindow) {
    calls.add("move " + newStart + (bypassWindow ? " bypassing the window" : ""));
    if (!status.equals("CONFIRMED")) {
      return refused("That booking is " + status + ".");
    }
    if (!bypassWindow && insideTheWindow()) {
      return refused(WINDOW_REASON);
    }
    if (moveRefusal != null) {
      return refused(moveRefusal);
    }
    long length = endsAt - startsAt;
    startsAt = LocalDateTime.parse(newStart).atZone(zone).toInstant().toEpochMilli();
    endsAt = startsAt + length;
    return applied();
  }

  @Override
  public synchronized AppointmentChange cancel(String bookingId, boolean ownerOverride) {
    calls.add("cancel" + (ownerOverride ? " overriding the window" : ""));
    if (status.equals("CANCELLED")) {
      return applied();
    }
    if (!status.equals("CONFIRMED")) {
      return refused("That booking is " + status + ".");
    }
    if (!ownerOverride && insideTheWindow()) {
      return refused(WINDOW_REASON);
    }
    status = "CANCELLED";
    return applied();
  }

  @Override
  public synchronized AppointmentChange markCheckedIn(String bookingId) {
    calls.add("check in");
    return transition("CONFIRMED", "CHECKED_IN");
  }

  @Override
  public synchronized AppointmentChange markNoShow(String bookingId) {
    calls.add("no-show");
    return transition("CONFIRMED", "NO_SHOW");
  }

  @Override
  public synchronized AppointmentChange markCompleted(String bookingId) {
    calls.add("completed");
    return transition("CHECKED_IN", "COMPLETED");
  }

  private AppointmentChange transition(String from, String to) {
    if (status.equals(from)) {
      status = to;
    }
    return status.equals(to) ? applied() : refused("That booking is " + status + ".");
  }

  private boolean insideTheWindow() {
    return startsAt - testEnv.currentTimeMillis() < Duration.ofHours(24).toMillis();
  }

  private AppointmentChange applied() {
    return new AppointmentChange(true, null, startsAt, endsAt, status);
  }

  private AppointmentChange refused(String reason) {
    return AppointmentChange.refused(reason, status);
  }
}
