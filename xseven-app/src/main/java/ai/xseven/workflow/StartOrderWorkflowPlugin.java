package ai.xseven.workflow;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.business.Order;
import ai.xseven.business.OrderService;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Gives an order its workflow from a diagram. Every placed order already gets one; starting it
 * again is a no-op, so a diagram may call this after placing an order without checking. Inside the
 * turn's transaction the workflow starts only after commit ({@link OrderWorkflows#startAfterCommit}).
 */
@Component
class StartOrderWorkflowPlugin implements ServiceTaskPlugin {

  private final OrderService orders;
  private final OrderWorkflows workflows;

  StartOrderWorkflowPlugin(OrderService orders, OrderWorkflows workflows) {
    this.orders = orders;
    this.workflows = workflows;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("startOrderWorkflow")
        .name("Start order workflow")
        .description("Starts the order's workflow: the business accepts it (or it is rejected after a "
        + "timeout), prepares it, marks it ready; the customer is told at each step.")
        .reads(List.of(Variable.required("orderId", String.class, "The placed order.")))
        .writes(List.of(
        Variable.required("workflowId", String.class, "The order's workflow.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    String orderId = context.require("orderId", String.class);
    Order order = orders.find(uuid(orderId, context)).orElseThrow(() -> new PluginException(
        "Task " + context.taskId() + ": there is no order " + orderId));
    String workflowId = workflows.startAfterCommit(order);
    return PluginResult.builder().output("workflowId", workflowId).build();
  }

  private static UUID uuid(String orderId, PluginContext context) {
    try {
      return UUID.fromString(orderId.strip());
    } catch (IllegalArgumentException e) {
      throw new PluginException(
          "Task " + context.taskId() + ": orderId '" + orderId + "' is not a UUID");
    }
  }
}
