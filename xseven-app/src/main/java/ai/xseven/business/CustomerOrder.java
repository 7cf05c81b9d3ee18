package ai.xseven.business;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An order for pick-up (table {@code customer_order}: {@code order} is a reserved word). */
@Entity
@Table(name = "customer_order")
class CustomerOrder {

  @Id UUID id;
  UUID businessId;
  UUID conversationId;
  String customerName;

  @Enumerated(EnumType.STRING)
  Order.Status status;

  int totalCents;
  String currency;
  Instant pickupAt;
  Instant createdAt;
  Instant updatedAt;
  String workflowId;
  Instant acceptedAt;
  String customerContact;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
  @OrderColumn(name = "position")
  List<Line> lines = new ArrayList<>();

  protected CustomerOrder() {}

  CustomerOrder(UUID businessId, UUID conversationId, String customerName,
      String customerContact, List<Line> lines, String currency, Instant pickupAt, Instant now) {
    this.id = UUID.randomUUID();
    this.businessId = businessId;
    this.conversationId = conversationId;
    this.customerName = customerName;
    this.customerContact = customerContact;
    this.status = Order.Status.PLACED;
    this.lines = new ArrayList<>(lines);
    this.totalCents = lines.stream().mapToInt(line -> line.unitPriceCents * line.quantity).sum();
    this.currency = currency;
    this.pickupAt = pickupAt;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** A catalog item as it was ordered: its name and price are copied from the catalog. */
  @Embeddable
  static class Line {
    UUID catalogItemId;
    String name;
    int unitPriceCents;
    int quantity;

    protected Line() {}

    Line(UUID catalogItemId, String name, int unitPriceCents, int quantity) {
      this.catalogItemId = catalogItemId;
      this.name = name;
      this.unitPriceCents = unitPriceCents;
      this.quantity = quantity;
    }
  }
}
