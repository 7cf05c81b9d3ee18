package ai.xseven.business;

import java.util.UUID;

/**
 * A placed order was cancelled. Published inside the cancelling transaction, once per order:
 * cancelling it again publishes nothing. Nothing listens yet (issue 5 will signal the workflow).
 */
public record OrderCancelled(UUID orderId, UUID businessId, UUID conversationId) {

  static OrderCancelled of(Order order) {
    return new OrderCancelled(order.orderId(), order.businessId(), order.conversationId());
  }
}
