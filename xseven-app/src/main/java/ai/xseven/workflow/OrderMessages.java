package ai.xseven.workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What an order workflow says to the customer and the owner, in the business's time zone. Pure
 * functions of the input and workflow times, so replays produce the same words.
 */
final class OrderMessages {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

  private final OrderInput input;
  private final ZoneId zone;

  OrderMessages(OrderInput input) {
    this.input = input;
    this.zone = ZoneId.of(input.zoneId());
  }

  // To the customer.

  String accepted() {
    return "Your order is accepted: " + input.description() + ". I'll tell you when it is ready.";
  }

  String rejected(String reason) {
    return "Sorry, " + input.businessName() + " cannot take your order ("
        + input.description() + ")" + (reason == null ? "" : ": " + sentence(reason))
        + ". Nothing was charged.";
  }

  String autoRejected() {
    return "Sorry, " + input.businessName() + " did not confirm your order ("
        + input.description() + ") in time, so it will not be prepared. Nothing was charged.";
  }

  String ready() {
    return "Your order is ready to pick up: " + input.description() + ".";
  }

  /**
   * @param compensation {@code none}, {@code released} or {@code refunded}
   * @param by who cancelled: the customer, the owner or the system
   */
  String cancelled(String compensation, String by, String reason) {
    String who = "customer".equals(by)
        ? "Your order is cancelled"
        : input.businessName() + " cancelled your order";
    return who + " (" + input.description() + ")"
        + (reason == null || "customer".equals(by) ? "" : ": " + sentence(reason)) + ". "
        + switch (compensation) {
          case "released" -> "The hold of " + total() + " on your payment is released.";
          case "refunded" -> "Your payment of " + total() + " is refunded.";
          default -> "Nothing was charged.";
        };
  }

  String feedback(OrderStage handedOver) {
    String how = handedOver == OrderStage.DELIVERED ? "delivered" : "picked up";
    return "Thanks for ordering from " + input.businessName() + "! How was your order ("
        + input.description() + "), " + how + " earlier? A few words here help them.";
  }

  // To the owner.

  /**
   * @param since when the order reached the stage
   * @param due when it was expected to leave it
   */
  String overdue(OrderStage stage, long since, long due) {
    String order = "Order " + input.orderId() + " for " + input.customerName() + " ("
        + input.description() + ")";
    return switch (stage) {
      case ACCEPTED -> order + " was accepted at " + time(since) + " and should be ready by "
          + time(due) + ", but preparing has not started.";
      case PREPARING -> order + " should have been ready by " + time(due)
          + " and is still being prepared.";
      case READY -> order + " has been ready since " + time(since)
          + " and was expected to be picked up by " + time(due) + ".";
      default -> throw new IllegalArgumentException("No overrun alert for " + stage);
    };
  }

  // To whoever asked for a change.

  String done(OrderAction action) {
    String order = "Order " + input.orderId();
    return switch (action) {
      case ACCEPT -> order + " is accepted; the customer is told.";
      case REJECT -> order + " is rejected; the customer is told.";
      case START_PREPARING -> order + " is being prepared.";
      case MARK_READY -> order + " is ready; the customer is told to pick it up.";
      case PICKED_UP -> order + " is picked up.";
      case DELIVERED -> order + " is delivered.";
    };
  }

  String cancelledOutcome(String compensation) {
    return "Order " + input.orderId() + " is cancelled. " + switch (compensation) {
      case "released" -> "The payment hold of " + total() + " is released.";
      case "refunded" -> "The payment of " + total() + " is refunded.";
      default -> "Nothing was charged.";
    };
  }

  String autoRejectReason() {
    return "Nobody accepted it within " + input.acceptTimeoutMinutes() + " minutes.";
  }

  private String time(long epochMillis) {
    return TIME.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
  }

  /** "$28", "$8.50", "EUR 12", as the business feature writes prices. */
  private String total() {
    int cents = input.totalCents();
    String symbol = "USD".equals(input.currency()) ? "$" : input.currency() + " ";
    return symbol + (cents % 100 == 0 ? Integer.toString(cents / 100)
        : String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100));
  }

  /** A reason as part of a sentence: no trailing full stop, since the sentence adds its own. */
  private static String sentence(String reason) {
    String text = reason.strip();
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
