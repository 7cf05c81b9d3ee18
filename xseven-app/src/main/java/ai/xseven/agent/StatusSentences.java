package ai.xseven.agent;

import ai.xseven.workflow.AppointmentStatus;
import ai.xseven.workflow.OrderStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * What a booking's or an order's workflow reports, in sentences a customer reads: the stage, the
 * next reminder, when the stage is due to end. Used by the self-service step and by the tools, so
 * the model and the offline chat say the same thing.
 */
final class StatusSentences {

  /** Stages of an order that can still change; the others are final. */
  static final Set<String> OPEN_ORDER_STAGES = Set.of("placed", "accepted", "preparing", "ready");

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a", Locale.ENGLISH);
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

  private StatusSentences() {}

  /** "Friday, December 4 at 7:00 PM" in the business's zone. */
  static String when(long epochMillis, ZoneId zone) {
    return WHEN.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
  }

  static String clock(long epochMillis, ZoneId zone) {
    return CLOCK.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
  }

  /** What comes next for an appointment, e.g. "Your next reminder comes on Thursday, …". */
  static String appointment(AppointmentStatus status, ZoneId zone) {
    return switch (status.stage()) {
      case "check-in-open" -> "Check-in is open until "
          + clock(status.checkInClosesAtEpochMillis(), zone) + "; tell me when you are here.";
      case "checked-in" -> "You are checked in.";
      case "completed" -> "This visit is over.";
      case "no-show" -> "It was marked as missed.";
      case "cancelled" -> "It is cancelled" + (status.cancelReason() == null ? "."
          : ": " + status.cancelReason());
      default -> status.nextReminderAtEpochMillis() == null
          ? "Check-in opens at " + clock(status.checkInOpensAtEpochMillis(), zone) + "."
          : "Your next reminder comes on " + when(status.nextReminderAtEpochMillis(), zone) + ".";
    };
  }

  /** Where an order is, e.g. "It is being prepared; it should be ready around 7:40 PM." */
  static String order(OrderStatus status, ZoneId zone, String businessName) {
    Long due = status.stageDueAtEpochMillis();
    return switch (status.stage()) {
      case "placed" -> "It is waiting for " + businessName + " to accept it"
          + (due == null ? "." : " (they have until " + clock(due, zone) + ").");
      case "accepted" -> "It is accepted; the kitchen starts on it soon.";
      case "preparing" -> "It is being prepared"
          + (due == null ? "." : "; it should be ready around " + clock(due, zone) + ".");
      case "ready" -> "It is ready for pick-up.";
      case "picked-up" -> "It was picked up.";
      case "delivered" -> "It was delivered.";
      case "completed" -> "It was handed over.";
      case "rejected" -> businessName + " could not take it"
          + (status.reason() == null ? "." : ": " + status.reason());
      case "cancelled" -> "It is cancelled" + compensation(status.compensation());
      default -> "Its stage is " + status.stage() + ".";
    };
  }

  static boolean openOrder(OrderStatus status) {
    return OPEN_ORDER_STAGES.contains(status.stage());
  }

  private static String compensation(String compensation) {
    if ("refunded".equals(compensation)) {
      return "; the payment was refunded.";
    }
    if ("released".equals(compensation)) {
      return "; the payment hold was released.";
    }
    return ".";
  }
}
