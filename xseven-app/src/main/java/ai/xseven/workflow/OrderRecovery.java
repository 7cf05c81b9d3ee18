package ai.xseven.workflow;

import ai.xseven.business.Order;
import ai.xseven.business.OrderService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Re-arms the workflows of orders still in progress at start-up, from the stage stored on each
 * order. The embedded server keeps workflows in memory, so after a restart they are gone; an
 * external cluster still has them and each start is a no-op. Timers that fell due while the
 * application was down fire at once (an order nobody accepted in time is rejected), and messages
 * already sent repeat their dedup keys, so the customer gets each once.
 */
@Component
class OrderRecovery {

  private static final Logger log = LoggerFactory.getLogger(OrderRecovery.class);

  private final OrderService orders;
  private final OrderWorkflows workflows;

  OrderRecovery(OrderService orders, OrderWorkflows workflows) {
    this.orders = orders;
    this.workflows = workflows;
  }

  @EventListener(ApplicationReadyEvent.class)
  void rearmOrdersInProgress() {
    List<Order> inProgress = orders.withWorkflowInProgress();
    int rearmed = 0;
    for (Order order : inProgress) {
      try {
        if (workflows.startIfNew(workflows.input(order, order))) {
          rearmed++;
        }
      } catch (RuntimeException e) {
        // One order must not keep the others (or the application) from starting.
        log.warn("Could not re-arm the workflow of order {}", order.orderId(), e);
      }
    }
    log.info("Re-armed {} of {} order workflows in progress", rearmed, inProgress.size());
  }
}
