package ai.xseven.workflow;

import ai.xseven.business.Order;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Starts, queries and moves on the workflow of an order. */
@Service
public class OrderWorkflows {

  /** {@code order-<orderId>}: one workflow per order, whoever starts it. */
  public static String workflowId(UUID orderId) {
    return "order-" + orderId;
  }

  /**
   * Starts the order's workflow once the caller's transaction commits (at once without one).
   *
   * @return the workflow's id
   */
  public String startAfterCommit(Order order) {
    throw new UnsupportedOperationException("issue 5");
  }

  /** Empty when no workflow has that id. */
  public Optional<OrderStatus> status(String workflowId) {
    throw new UnsupportedOperationException("issue 5");
  }

  /** The business moves the order on; empty when no workflow has that id. */
  public Optional<ChangeOutcome> act(String workflowId, OrderAction action, String reason) {
    throw new UnsupportedOperationException("issue 5");
  }

  /** Cancels with the stage's compensation; empty when no workflow has that id. */
  public Optional<ChangeOutcome> cancel(String workflowId, CancelRequest request) {
    throw new UnsupportedOperationException("issue 5");
  }
}
