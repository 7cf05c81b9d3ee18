package ai.xseven.business;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders for pick-up: available catalog items of the business at the catalog's prices. Placing
 * publishes {@link OrderPlaced}, from which the order's durable workflow starts; that workflow then
 * moves the order on ({@link #recordStatus}) and owns its cancellation.
 */
@Service
@Transactional(readOnly = true)
public class OrderService {

  public static final int MAX_QUANTITY = 20;

  private final BusinessRepository businesses;
  private final CatalogItemRepository catalog;
  private final CustomerOrderRepository orders;
  private final PickupTimes pickupTimes;
  private final EntityManager entityManager;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  OrderService(BusinessRepository businesses, CatalogItemRepository catalog,
      CustomerOrderRepository orders, PickupTimes pickupTimes, EntityManager entityManager,
      ApplicationEventPublisher events, Clock clock) {
    this.businesses = businesses;
    this.catalog = catalog;
    this.orders = orders;
    this.pickupTimes = pickupTimes;
    this.entityManager = entityManager;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Places an order and publishes {@link OrderPlaced}. Every refusal is thrown before anything is
   * written, so it does not spoil a caller's transaction (an agent's turn).
   *
   * @param conversationId the conversation it was ordered in, or null (REST without one)
   * @param pickupAt in the business's own time zone, or null for "as soon as it is ready"
   * @throws NotFoundException when there is no such business
   * @throws OrderRejectedException for an unknown, unavailable or other business's item, a
   *     quantity outside 1..20, a missing name or a pick-up time the business cannot meet
   */
  @Transactional(noRollbackFor = {NotFoundException.class, OrderRejectedException.class})
  public Order place(UUID businessId, UUID conversationId, String customerName,
      List<OrderItem> items, LocalDateTime pickupAt) {
    return place(businessId, conversationId, customerName, null, items, pickupAt);
  }

  /**
   * As {@link #place(UUID, UUID, String, List, LocalDateTime)}, with a way to reach the customer
   * outside the chat.
   *
   * @param customerContact an e-mail address or phone number, or null
   */
  @Transactional(noRollbackFor = {NotFoundException.class, OrderRejectedException.class})
  public Order place(UUID businessId, UUID conversationId, String customerName,
      String customerContact, List<OrderItem> items, LocalDateTime pickupAt) {
    Business business = businesses.findById(businessId)
        .orElseThrow(() -> NotFoundException.business(businessId));
    if (customerName == null || customerName.isBlank()) {
      throw new OrderRejectedException("An order needs the name it is under.");
    }
    if (items == null || items.isEmpty()) {
      throw new OrderRejectedException("An order needs at least one item.");
    }
    List<CustomerOrder.Line> lines = lines(business, items);
    List<String> currencies =
        lines.stream().map(line -> currency(line.catalogItemId)).distinct().toList();
    if (currencies.size() > 1) {
      throw new OrderRejectedException("These items are priced in different currencies ("
          + String.join(", ", currencies) + "); please order them separately.");
    }
    Instant now = now();
    Instant pickup = null;
    if (pickupAt != null) {
      pickupTimes.refusal(business, pickupAt, now).ifPresent(reason -> {
        throw new OrderRejectedException(reason);
      });
      pickup = pickupAt.atZone(business.zone()).toInstant();
    }
    String contact =
        customerContact == null || customerContact.isBlank() ? null : customerContact.strip();
    CustomerOrder order = orders.save(new CustomerOrder(business.id, conversationId,
        customerName.strip(), contact, lines, currencies.get(0), pickup, now));
    events.publishEvent(OrderPlaced.of(view(order, business)));
    // Read again: a listener may have attached the order's workflow.
    return view(order, business);
  }

  public Optional<Order> find(UUID orderId) {
    return orders.findById(orderId).map(this::view);
  }

  /**
   * The order, for callers that were given its id.
   *
   * @throws NotFoundException when there is no such order
   */
  public Order get(UUID orderId) {
    return find(orderId).orElseThrow(() -> NotFoundException.order(orderId));
  }

  /**
   * Stores the id of the workflow that drives the order; called in the placing transaction so the
   * order is never without it.
   *
   * @throws NotFoundException when there is no such order
   */
  @Transactional
  public void attachWorkflow(UUID orderId, String workflowId) {
    orders.findById(orderId).orElseThrow(() -> NotFoundException.order(orderId)).workflowId =
        workflowId;
  }

  /**
   * Moves the order to the status its workflow reached, at the workflow's time. Recording the
   * status it already has changes nothing, so a retried activity is harmless. Cancelling publishes
   * {@link OrderCancelled}. The row is locked so two moves cannot interleave.
   *
   * @throws NotFoundException when there is no such order
   * @throws OrderRejectedException when the order cannot go from its status to that one
   */
  @Transactional(noRollbackFor = {NotFoundException.class, OrderRejectedException.class})
  public Order recordStatus(UUID orderId, Order.Status status, Instant at) {
    CustomerOrder order = locked(orderId);
    if (order.status == status) {
      return view(order);
    }
    if (!order.status.canBecome(status)) {
      throw new OrderRejectedException("Order " + orderId + " is " + order.status
          + " and cannot become " + status + ".");
    }
    order.status = status;
    order.updatedAt = at.truncatedTo(ChronoUnit.MICROS);
    if (status == Order.Status.ACCEPTED) {
      order.acceptedAt = order.updatedAt;
    }
    Order moved = view(order);
    if (status == Order.Status.CANCELLED) {
      events.publishEvent(OrderCancelled.of(moved));
    }
    return moved;
  }

  /**
   * Orders whose workflow has not finished: open ones and those handed over but not yet asked for
   * feedback, oldest first. Their workflows are re-armed at start-up.
   */
  public List<Order> withWorkflowInProgress() {
    return orders.findByWorkflowIdNotNullAndStatusInOrderByCreatedAt(List.of(
            Order.Status.PLACED, Order.Status.ACCEPTED, Order.Status.PREPARING,
            Order.Status.READY, Order.Status.PICKED_UP, Order.Status.DELIVERED))
        .stream().map(this::view).toList();
  }

  /** The business's unfinished orders (placed, accepted, preparing, ready), oldest first. */
  public List<Order> openOf(UUID businessId) {
    return orders.findByBusinessIdAndStatusInOrderByCreatedAt(businessId, List.of(
            Order.Status.PLACED, Order.Status.ACCEPTED, Order.Status.PREPARING,
            Order.Status.READY))
        .stream().map(this::view).toList();
  }

  /** The conversation's orders, newest first, whatever their status. */
  public List<Order> ofConversation(UUID conversationId) {
    return orders.findByConversationIdOrderByCreatedAtDesc(conversationId).stream()
        .map(this::view).toList();
  }

  /**
   * Cancels a placed order that has no workflow and publishes {@link OrderCancelled}. Cancelling a
   * cancelled order changes nothing and publishes nothing. An order with a workflow is cancelled
   * through it ({@code workflow.OrderWorkflows#cancel}), which compensates for its stage. The row
   * is locked so two requests cannot both cancel.
   *
   * @throws NotFoundException when there is no such order
   * @throws OrderRejectedException when the order has a workflow or has gone past placed
   */
  @Transactional(noRollbackFor = {NotFoundException.class, OrderRejectedException.class})
  public Order cancel(UUID orderId) {
    CustomerOrder order = locked(orderId);
    if (order.workflowId != null) {
      throw new OrderRejectedException("Order " + orderId
          + " is handled by its workflow; cancel it through the workflow.");
    }
    switch (order.status) {
      case CANCELLED -> {
        return view(order);
      }
      case PLACED -> {
        order.status = Order.Status.CANCELLED;
        order.updatedAt = now();
        Order cancelled = view(order);
        events.publishEvent(OrderCancelled.of(cancelled));
        return cancelled;
      }
      default -> throw new OrderRejectedException("That order is " + order.status
          + " and can no longer be cancelled.");
    }
  }

  private CustomerOrder locked(UUID orderId) {
    return Optional.ofNullable(
            entityManager.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(() -> NotFoundException.order(orderId));
  }

  /** One line per catalog item (an item named twice is counted once, with both quantities). */
  private List<CustomerOrder.Line> lines(Business business, List<OrderItem> items) {
    List<CatalogItem> ofBusiness = catalog.findByBusinessIdOrderByPosition(business.id);
    Map<UUID, CustomerOrder.Line> lines = new LinkedHashMap<>();
    for (OrderItem item : items) {
      if (item == null) {
        throw new OrderRejectedException("An order line needs an item and a quantity.");
      }
      CatalogItem found = resolve(business, ofBusiness, item);
      if (!found.available) {
        throw new OrderRejectedException(found.name + " is not available at the moment.");
      }
      CustomerOrder.Line line = lines.computeIfAbsent(found.id,
          id -> new CustomerOrder.Line(found.id, found.name, found.priceCents, 0));
      if (item.quantity() < 1 || line.quantity + item.quantity() > MAX_QUANTITY) {
        throw new OrderRejectedException("Order between 1 and " + MAX_QUANTITY + " of "
            + found.name + ", not " + (line.quantity + item.quantity()) + ".");
      }
      line.quantity += item.quantity();
    }
    return new ArrayList<>(lines.values());
  }

  private CatalogItem resolve(Business business, List<CatalogItem> ofBusiness, OrderItem item) {
    Optional<CatalogItem> found;
    if (item.catalogItemId() != null) {
      found = ofBusiness.stream().filter(entry -> entry.id.equals(item.catalogItemId()))
          .findFirst();
    } else if (item.name() != null && !item.name().isBlank()) {
      String wanted = item.name().strip().toLowerCase(Locale.ROOT);
      found = ofBusiness.stream()
          .filter(entry -> entry.name.toLowerCase(Locale.ROOT).equals(wanted))
          .findFirst();
    } else {
      throw new OrderRejectedException("An order line needs a catalog item id or name.");
    }
    return found.orElseThrow(() -> new OrderRejectedException(business.name + " has no "
        + item.label() + " in its catalog."));
  }

  private String currency(UUID catalogItemId) {
    return catalog.findById(catalogItemId).map(item -> item.currency).orElseThrow();
  }

  /** To the microsecond, as the database keeps it, so a returned order equals a re-read one. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private Order view(CustomerOrder order) {
    return view(order, businesses.findById(order.businessId).orElseThrow());
  }

  private static Order view(CustomerOrder order, Business business) {
    return new Order(order.id, business.id, business.name, order.conversationId,
        order.customerName, order.status,
        order.lines.stream().map(line -> new Order.Line(line.catalogItemId, line.name,
            line.unitPriceCents, line.quantity)).toList(),
        order.totalCents, order.currency, order.pickupAt, business.zone(), order.createdAt,
        order.updatedAt, order.workflowId, order.acceptedAt, order.customerContact);
  }
}
