package ai.xseven.dashboard;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an owner's instruction about the day's orders and bookings: "accept order 3f2a9c1d",
 * "reject Ana's order because we are out of burrata", "the order for Ana is ready", "Ana picked
 * up her order", "check in Ana", "cancel Ana's booking", "what orders are open?". Which order or
 * booking is meant (a customer's name or the first characters of an id) is resolved against the
 * business's own orders and bookings when the instruction is carried out.
 */
final class OperationRequests {

  static final String OPEN_ORDERS = "open-orders";
  static final String CHECK_IN = "check-in";
  static final String CANCEL_BOOKING = "cancel-booking";
  static final String CANCEL_ORDER = "cancel-order";

  /** "order", "orders", or an order id: what makes a step about an order. */
  private static final Pattern ORDER_CONTEXT = Pattern.compile(
      "\\borders?\\b|" + OwnerTargets.ID.pattern());
  private static final Pattern OPEN_ORDERS_QUESTION = Pattern.compile(
      "\\b(?:what|which|any|show|list|open|pending|new|todays|current|unfinished)\\b.*\\borders\\b"
          + "|\\borders\\b.*\\b(?:open|waiting|pending|today)\\b");
  private static final Pattern STATUS_QUESTION = Pattern.compile("^(?:is|are|has|have)\\b");
  private static final Pattern REJECT =
      Pattern.compile("\\b(?:reject|decline|refuse|turn down)\\b");
  private static final Pattern PICKED_UP =
      Pattern.compile("\\b(?:picked up|pick(?:ed)? it up|collected|came for)\\b");
  private static final Pattern DELIVERED = Pattern.compile("\\bdelivered\\b");
  private static final Pattern START_PREPARING = Pattern.compile("\\b(?:start(?:ed|ing)?"
      + " (?:preparing|cooking|making|on)|preparing|cooking|in the kitchen)\\b");
  private static final Pattern READY = Pattern.compile("\\bready\\b");
  private static final Pattern ACCEPT = Pattern.compile("\\b(?:accept|accepted|confirm)\\b");
  private static final Pattern CANCEL = Pattern.compile("\\bcancel\\b");
  private static final Pattern BOOKING = Pattern.compile(
      "\\b(?:bookings?|reservations?|appointments?|table)\\b");
  private static final Pattern CHECK_IN_WORDS = Pattern.compile(
      "\\bcheck(?:ed)?[- ]?in\\b|\\b(?:is|are) here\\b|\\bha(?:s|ve) (?:just )?arrived\\b");
  private static final Pattern REASON =
      Pattern.compile("(?i)\\b(?:because|since|reason:?|due to)\\s+(.+?)[.!]?\\s*$");

  private OperationRequests() {}

  /**
   * @param raw the message as written (the reason keeps its own words)
   * @param text the normalised message
   */
  static Optional<OwnerRequest.Operation> read(String raw, String text) {
    String operation = operation(raw, text);
    return operation == null ? Optional.empty()
        : Optional.of(new OwnerRequest.Operation(operation, reason(raw)));
  }

  private static String operation(String raw, String text) {
    boolean aboutOrder = ORDER_CONTEXT.matcher(text).find();
    if (CANCEL.matcher(text).find()) {
      return BOOKING.matcher(text).find() ? CANCEL_BOOKING : aboutOrder ? CANCEL_ORDER : null;
    }
    if (CHECK_IN_WORDS.matcher(text).find() && !aboutOrder) {
      return CHECK_IN;
    }
    if (!aboutOrder) {
      return null;
    }
    // "Is Ana's order ready?" asks where the orders are; it does not mark anything.
    if (STATUS_QUESTION.matcher(text).find() && raw.strip().endsWith("?")) {
      return OPEN_ORDERS;
    }
    if (REJECT.matcher(text).find()) {
      return "reject";
    }
    if (PICKED_UP.matcher(text).find()) {
      return "picked-up";
    }
    if (DELIVERED.matcher(text).find()) {
      return "delivered";
    }
    if (START_PREPARING.matcher(text).find()) {
      return "start-preparing";
    }
    if (READY.matcher(text).find()) {
      return "ready";
    }
    if (ACCEPT.matcher(text).find()) {
      return "accept";
    }
    return OPEN_ORDERS_QUESTION.matcher(text).find() ? OPEN_ORDERS : null;
  }

  private static String reason(String raw) {
    Matcher reason = REASON.matcher(raw.strip());
    return reason.find() ? reason.group(1).strip() : null;
  }
}
