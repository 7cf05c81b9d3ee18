package ai.xseven.business;

import java.util.UUID;

/**
 * An order was cancelled, directly (no workflow) or by its workflow. Published inside the
 * cancelling transaction, once per order: cancelling it again publishes nothing.
 */
public record OrderCancelled(UUID orderId, UUID businessId, UUID conversationId) {

  static OrderCancelled of(Order order) {
    return new OrderCancelled(order.orderId(), order.businessId(), order.conversationId());
  }
}
