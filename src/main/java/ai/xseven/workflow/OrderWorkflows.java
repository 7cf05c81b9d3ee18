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

  /**
   * The business moves the order on through the workflow's {@code act} update.
   *
   * @return applied, or refused with the reason (e.g. the order is not in the stage for it)
   * @throws ai.xseven.business.NotFoundException when there is no such order
   */
  public ChangeOutcome act(UUID orderId, OrderAction action, String reason) {
    throw new UnsupportedOperationException("issue 5");
  }

  /** Cancels with the stage's compensation; refused once it is handed over. */
  public ChangeOutcome cancel(UUID orderId, CancelRequest request) {
    throw new UnsupportedOperationException("issue 5");
  }
}
