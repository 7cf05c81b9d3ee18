package ai.xseven.dashboard;

import java.time.LocalDate;

/** What an owner's message asks for, as the dashboard process routes it. */
sealed interface OwnerRequest {

  /** The route name the diagram's gateway compares ({@code ownerRequest}). */
  String route();

  /** The bookings of a day. */
  record Bookings(LocalDate day) implements OwnerRequest {
    public String route() {
      return "bookings";
    }
  }

  /** A change to preview and, once confirmed, apply. */
  record Change(MenuChangeRequest change) implements OwnerRequest {
    public String route() {
      return "change";
    }
  }

  /**
   * Work on the day's orders and bookings, carried out at once through their workflows.
   *
   * @param operation an order step ({@code accept}, {@code reject}, {@code start-preparing},
   *     {@code ready}, {@code picked-up}, {@code delivered}), {@code cancel-order},
   *     {@code check-in}, {@code cancel-booking} or {@code open-orders}
   * @param reason the owner's reason, for a rejection or a cancellation; null when none is given
   */
  record Operation(String operation, String reason) implements OwnerRequest {
    public String route() {
      return "operation";
    }
  }

  /** A change or question the assistant could not pin down; {@code reply} says what is missing. */
  record Unclear(String reply) implements OwnerRequest {
    public String route() {
      return "unclear";
    }
  }

  /** Yes to the change waiting for confirmation. */
  record Confirm() implements OwnerRequest {
    public String route() {
      return "confirm";
    }
  }

  /** No to the change waiting for confirmation. */
  record Decline() implements OwnerRequest {
    public String route() {
      return "decline";
    }
  }

  /** A question about the menu, prices, hours or address: the business agent answers it. */
  record Question() implements OwnerRequest {
    public String route() {
      return "question";
    }
  }

  /** Anything else: the assistant says what it can do. */
  record Other() implements OwnerRequest {
    public String route() {
      return "other";
    }
  }
}
