package ai.xseven.business;

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
    Instant updatedAt) {

  /**
   * Where an order is. Only PLACED and CANCELLED exist so far; issue 5 adds the accepted or
   * rejected, preparing, ready and picked-up states of its durable workflow.
   */
  public enum Status {
    PLACED,
    CANCELLED
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
