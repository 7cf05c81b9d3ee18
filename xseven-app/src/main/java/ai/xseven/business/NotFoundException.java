package ai.xseven.business;

import java.util.UUID;

/** A business, catalog item, booking or order that does not exist (or not where it was looked for). */
public class NotFoundException extends RuntimeException {

  private final String what;

  private NotFoundException(String what, String detail) {
    super(detail);
    this.what = what;
  }

  static NotFoundException booking(UUID id) {
    return new NotFoundException("Booking", "There is no booking with id " + id + ".");
  }

  static NotFoundException order(UUID id) {
    return new NotFoundException("Order", "There is no order with id " + id + ".");
  }

  static NotFoundException business(UUID id) {
    return new NotFoundException("Business", "There is no business with id " + id + ".");
  }

  static NotFoundException catalogItem(UUID businessId, UUID itemId) {
    return new NotFoundException("Catalog item",
        "Business " + businessId + " has no catalog item with id " + itemId + ".");
  }

  /** "Booking", "Business", "Catalog item" or "Order". */
  public String what() {
    return what;
  }
}
