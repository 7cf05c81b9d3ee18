package ai.xseven.business;

import java.time.Instant;
import java.util.UUID;

/**
 * An order was placed. Published inside the placing transaction: the workflow feature attaches the
 * order's durable workflow in it and starts the workflow after commit.
 *
 * @param pickupAt null when no pick-up time was asked for
 */
public record OrderPlaced(UUID orderId, UUID businessId, UUID conversationId, int totalCents,
    String currency, Instant pickupAt) {

  static OrderPlaced of(Order order) {
    return new OrderPlaced(order.orderId(), order.businessId(), order.conversationId(),
        order.totalCents(), order.currency(), order.pickupAt());
  }
}
