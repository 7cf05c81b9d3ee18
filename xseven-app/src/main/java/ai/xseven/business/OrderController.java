package ai.xseven.business;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Orders for pick-up: place one at a business, read it. What happens to it next (accepted,
 * ready, cancelled, …) goes through its workflow: see {@code frontdesk.OrderActionsController}.
 */
@RestController
@RequestMapping("/api/v1")
class OrderController {

  private final OrderService orders;

  OrderController(OrderService orders) {
    this.orders = orders;
  }

  /**
   * {@code {"customerName": "Ana", "items": [{"catalogItemId": "…", "quantity": 2},
   * {"name": "Tiramisu", "quantity": 1}], "pickupAt": "2026-11-27T19:30"}} → 201 with the order;
   * prices come from the catalog, {@code pickupAt} is the business's local time (optional).
   */
  @PostMapping("/businesses/{businessId}/orders")
  ResponseEntity<Order> place(@PathVariable UUID businessId, @RequestBody PlaceBody body) {
    if (body.items() == null || body.items().stream().anyMatch(item -> item == null
        || item.quantity() == null || (item.catalogItemId() == null && item.name() == null))) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Each item needs a catalogItemId "
          + "or a name, and a quantity, e.g. {\"name\": \"Margherita\", \"quantity\": 2}.");
    }
    List<OrderItem> items = body.items().stream()
        .map(item -> new OrderItem(item.catalogItemId(), item.name(), item.quantity()))
        .toList();
    Order order = orders.place(businessId, body.conversationId(), body.customerName(), items,
        body.pickupAt());
    return ResponseEntity.created(URI.create("/api/v1/orders/" + order.orderId())).body(order);
  }

  @GetMapping("/orders/{orderId}")
  Order find(@PathVariable UUID orderId) {
    return orders.find(orderId).orElseThrow(() -> NotFoundException.order(orderId));
  }

  record PlaceBody(String customerName, UUID conversationId, List<ItemBody> items,
      LocalDateTime pickupAt) {}

  record ItemBody(UUID catalogItemId, String name, Integer quantity) {}
}
