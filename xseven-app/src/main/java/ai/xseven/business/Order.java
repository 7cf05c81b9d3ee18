package ai.xseven.business;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An order for pick-up, as its customer and the business see it.
 *
 * @param pickupAt null when the customer did not ask for a time
 * @param zone the business's time zone, in which {@link #describe()} states the pick-up time
 * @param updatedAt when it last changed, which is when it reached its current status
 * @param workflowId the durable workflow that drives it; null for an order placed without one
 * @param acceptedAt when the business accepted it; null before
 * @param customerContact an e-mail address or phone number for notifications outside the chat;
 *     kept out of API responses (anyone with the order's id may read those)
 */
public record Order(
    UUID orderId,
    UUID businessId,
    String businessName,
    UUID conversationId,
    String customerName,
    Status status,
    List<Line> lines,
    int totalCents,
    String currency,
    Instant pickupAt,
    ZoneId zone,
    Instant createdAt,
    Instant updatedAt,
    String workflowId,
    Instant acceptedAt,
    @JsonIgnore String customerContact) {

  /**
   * Where an order is: placed, then accepted or rejected by the business, preparing, ready, picked
   * up or delivered, and completed once the feedback request went out. Cancelled at any stage
   * before it is handed over. Its workflow moves it on.
   */
  public enum Status {
    PLACED,
    ACCEPTED,
    REJECTED,
    PREPARING,
    READY,
    PICKED_UP,
    DELIVERED,
    COMPLETED,
    CANCELLED;

    /** Placed and not yet handed over, rejected or cancelled: it still holds its items. */
    public boolean isOpen() {
      return this == PLACED || this == ACCEPTED || this == PREPARING || this == READY;
    }

    /** The moves an order's workflow makes; staying where it is counts as allowed (a retry). */
    boolean canBecome(Status next) {
      return next == this
          || switch (this) {
            case PLACED -> next == ACCEPTED || next == REJECTED || next == CANCELLED;
            case ACCEPTED -> next == PREPARING || next == CANCELLED;
            case PREPARING -> next == READY || next == CANCELLED;
            case READY -> next == PICKED_UP || next == DELIVERED || next == CANCELLED;
            case PICKED_UP, DELIVERED -> next == COMPLETED;
            case REJECTED, COMPLETED, CANCELLED -> false;
          };
    }
  }

  /** One catalog item of the order, at the price it had when the order was placed. */
  public record Line(UUID catalogItemId, String name, int unitPriceCents, int quantity) {}

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a", Locale.ENGLISH);

  public Order {
    lines = List.copyOf(lines);
  }

  public String formattedTotal() {
    return Money.format(totalCents, currency);
  }

  /** "2 × Margherita ($14), 1 × Tiramisu ($8): $36 at Mario's Italian, pick-up Friday, ...". */
  public String describe() {
    String items = lines.stream()
        .map(line -> line.quantity() + " × " + line.name() + " ("
            + Money.format(line.unitPriceCents(), currency) + ")")
        .collect(Collectors.joining(", "));
    String pickup = pickupAt == null ? "" : ", pick-up " + WHEN.format(pickupAt.atZone(zone));
    return items + ": " + formattedTotal() + " at " + businessName + pickup;
  }
}
