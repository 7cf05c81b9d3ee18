package ai.xseven.workflow;

import ai.xseven.business.Order;

/**
 * The stages of an order's workflow, with the sentences that say why an action does not fit one.
 * The facade uses the same sentences for an order whose workflow has ended.
 */
enum OrderStage {
  PLACED("placed", "waiting to be accepted", Order.Status.PLACED),
  ACCEPTED("accepted", "accepted", Order.Status.ACCEPTED),
  PREPARING("preparing", "being prepared", Order.Status.PREPARING),
  READY("ready", "ready", Order.Status.READY),
  PICKED_UP("picked-up", "picked up", Order.Status.PICKED_UP),
  DELIVERED("delivered", "delivered", Order.Status.DELIVERED),
  COMPLETED("completed", "completed", Order.Status.COMPLETED),
  REJECTED("rejected", "rejected", Order.Status.REJECTED),
  CANCELLED("cancelled", "cancelled", Order.Status.CANCELLED);

  /** As {@link OrderStatus#stage()} names it. */
  final String key;

  private final String words;
  final Order.Status status;

  OrderStage(String key, String words, Order.Status status) {
    this.key = key;
    this.words = words;
    this.status = status;
  }

  static OrderStage of(Order.Status status) {
    for (OrderStage stage : values()) {
      if (stage.status == status) {
        return stage;
      }
    }
    throw new IllegalArgumentException("No stage for " + status);
  }

  static OrderStage ofKey(String key) {
    for (OrderStage stage : values()) {
      if (stage.key.equals(key)) {
        return stage;
      }
    }
    throw new IllegalArgumentException("No order stage '" + key + "'");
  }

  /** Nothing happens to it any more: the workflow ends. */
  boolean isFinal() {
    return this == COMPLETED || this == REJECTED || this == CANCELLED;
  }

  /** The stage an action starts from; each action fits one stage only. */
  static OrderStage from(OrderAction action) {
    return switch (action) {
      case ACCEPT, REJECT -> PLACED;
      case START_PREPARING -> ACCEPTED;
      case MARK_READY -> PREPARING;
      case PICKED_UP, DELIVERED -> READY;
    };
  }

  /** The stage an action leads to. */
  static OrderStage to(OrderAction action) {
    return switch (action) {
      case ACCEPT -> ACCEPTED;
      case REJECT -> REJECTED;
      case START_PREPARING -> PREPARING;
      case MARK_READY -> READY;
      case PICKED_UP -> PICKED_UP;
      case DELIVERED -> DELIVERED;
    };
  }

  /**
   * Why the action does not fit this stage, e.g. "Order … is already ready; it cannot be
   * accepted."; null when it fits.
   */
  String refusal(String orderId, OrderAction action) {
    OrderStage needed = from(action);
    if (this == needed) {
      return null;
    }
    String order = "Order " + orderId;
    if (this == to(action)) {
      return order + " is already " + words + ".";
    }
    String cannot = "it cannot be " + done(action)
        + (action == OrderAction.REJECT ? "; cancel it instead." : ".");
    if (this == REJECTED || this == CANCELLED) {
      return order + " was " + words + "; " + cannot;
    }
    if (ordinal() > needed.ordinal()) {
      return order + " is already " + words + "; " + cannot;
    }
    return order + " " + notYet(needed) + "; " + cannot;
  }

  /** Why the order cannot be cancelled in this stage; null when it can. */
  String cancelRefusal(String orderId) {
    String order = "Order " + orderId;
    return switch (this) {
      case PLACED, ACCEPTED, PREPARING, READY -> null;
      case PICKED_UP, DELIVERED -> order + " was already " + words
          + "; it can no longer be cancelled.";
      case COMPLETED -> order + " was handed over; it can no longer be cancelled.";
      case REJECTED -> order + " was rejected; there is nothing to cancel.";
      case CANCELLED -> order + " is already cancelled.";
    };
  }

  private static String done(OrderAction action) {
    return switch (action) {
      case ACCEPT -> "accepted";
      case REJECT -> "rejected";
      case START_PREPARING -> "prepared";
      case MARK_READY -> "marked ready";
      case PICKED_UP -> "marked picked up";
      case DELIVERED -> "marked delivered";
    };
  }

  private static String notYet(OrderStage needed) {
    return switch (needed) {
      case ACCEPTED -> "has not been accepted yet";
      case PREPARING -> "is not being prepared yet";
      case READY -> "is not ready yet";
      default -> "is not " + needed.words + " yet";
    };
  }
}
