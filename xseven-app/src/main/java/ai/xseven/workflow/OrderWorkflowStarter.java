package ai.xseven.workflow;

import ai.xseven.business.OrderPlaced;
import ai.xseven.business.OrderService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every placed order its workflow: inside the placing transaction the order gets the
 * workflow's id, and the workflow starts once the order is committed.
 */
@Component
class OrderWorkflowStarter {

  private final OrderService orders;
  private final OrderWorkflows workflows;

  OrderWorkflowStarter(OrderService orders, OrderWorkflows workflows) {
    this.orders = orders;
    this.workflows = workflows;
  }

  @EventListener
  void onOrderPlaced(OrderPlaced placed) {
    workflows.startAfterCommit(orders.get(placed.orderId()));
  }
}
