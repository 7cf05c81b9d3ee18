package ai.xseven.agent;

import java.util.Set;

/**
 * What a customer message is about.
 *
 * @param name the fine-grained intent, e.g. {@code ask_hours} or {@code book}
 * @param kind the coarse kind the conversation flow branches on
 * @param score similarity to the nearest examples, 0..1 (1 for vocabulary short-cuts)
 */
public record Intent(String name, Kind kind, double score) {

  public static final String UNKNOWN = "unknown";

  public enum Kind {
    GREETING,
    GOODBYE,
    QUESTION,
    BOOKING,
    AFFIRM,
    DENY,
    /** About a booking or order the customer already has: its status, a move, a cancellation. */
    MANAGE,
    UNKNOWN
  }

  /** The intents of {@link Kind#MANAGE}; the self-service step tells them apart by name. */
  public static final Set<String> MANAGE_INTENTS =
      Set.of("booking_status", "order_status", "reschedule", "cancel_booking",
          "cancel_order", "check_in");

  static Intent unknown(double score) {
    return new Intent(UNKNOWN, Kind.UNKNOWN, score);
  }

  static Kind kindOf(String name) {
    return switch (name) {
      case "greeting" -> Kind.GREETING;
      case "goodbye" -> Kind.GOODBYE;
      case "book" -> Kind.BOOKING;
      case "affirm" -> Kind.AFFIRM;
      case "deny" -> Kind.DENY;
      case UNKNOWN -> Kind.UNKNOWN;
      case "booking_status", "order_status", "reschedule", "cancel_booking", "cancel_order",
          "check_in" -> Kind.MANAGE;
      default -> {
        if (name.startsWith("ask_")) {
          yield Kind.QUESTION;
        }
        throw new IllegalArgumentException("Unknown intent name: " + name);
      }
    };
  }
}
