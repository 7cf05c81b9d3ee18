package ai.xseven.workflow;

import static ai.xseven.workflow.OrderAction.ACCEPT;
import static ai.xseven.workflow.OrderAction.DELIVERED;
import static ai.xseven.workflow.OrderAction.MARK_READY;
import static ai.xseven.workflow.OrderAction.PICKED_UP;
import static ai.xseven.workflow.OrderAction.REJECT;
import static ai.xseven.workflow.OrderAction.START_PREPARING;

import io.temporal.client.WorkflowUpdateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Records the histories that {@link OrderWorkflowReplayTest} replays, one per path. Run it only
 * on purpose, after a deliberately incompatible change (and say so in the commit):
 *
 * <pre>./mvnw test -Dtest=OrderHistoryRecorder -DrecordOrderHistories=true</pre>
 */
@EnabledIfSystemProperty(named = "recordOrderHistories", matches = "true")
class OrderHistoryRecorder {

  @ParameterizedTest
  @ValueSource(strings = {"completed", "delivered-overdue", "rejected", "auto-rejected",
      "cancelled-accepted", "cancelled-preparing", "resumed-cancelled-ready"})
  void records(String path) throws IOException {
    // A fixed order id per path, so that a re-recorded history differs only where the code did.
    String orderId = UUID.nameUUIDFromBytes(path.getBytes()).toString();
    try (OrderWorkflowHarness harness = new OrderWorkflowHarness(orderId)) {
      BiConsumer<OrderWorkflowHarness, OrderWorkflow> steps = switch (path) {
        case "completed" -> (h, order) -> {
          h.sleepMinutes(2);
          order.act(ACCEPT, null);
          order.act(START_PREPARING, null);
          h.sleepMinutes(20);
          order.act(MARK_READY, null);
          h.sleepMinutes(10);
          order.act(PICKED_UP, null);
        };
        case "delivered-overdue" -> (h, order) -> {
          order.act(ACCEPT, null);
          h.sleepMinutes(45);
          order.act(START_PREPARING, null);
          order.act(MARK_READY, null);
          h.sleepMinutes(90);
          try {
            order.act(ACCEPT, null);
          } catch (WorkflowUpdateException refused) {
            // Refused by the validator, which leaves no trace in the history.
          }
          order.act(DELIVERED, null);
        };
        case "rejected" -> (h, order) -> order.act(REJECT, "We are out of dough.");
        case "auto-rejected" -> (h, order) -> {};
        case "cancelled-accepted" -> (h, order) -> {
          order.act(ACCEPT, null);
          order.cancel(new CancelRequest("Changed my mind", false, "customer", true));
        };
        case "cancelled-preparing" -> (h, order) -> {
          order.act(ACCEPT, null);
          order.act(START_PREPARING, null);
          h.sleepMinutes(5);
          order.cancel(new CancelRequest("The oven broke.", false, "owner", true));
        };
        case "resumed-cancelled-ready" -> (h, order) -> {
          h.sleepMinutes(1);
          order.cancel(new CancelRequest(null, false, "customer", true));
        };
        default -> throw new IllegalArgumentException(path);
      };
      OrderInput input = path.startsWith("resumed")
          ? harness.input(null, new OrderInput.Resume("ready",
              harness.minutesFromStart(-70), harness.minutesFromStart(-100)))
          : harness.input();
      OrderWorkflow order = harness.start(input);
      steps.accept(harness, order);
      harness.awaitEnd(order);
      Path file = Path.of("src/test/resources/workflows/order-" + path + ".json");
      Files.createDirectories(file.getParent());
      Files.writeString(file,
          harness.testEnv.getWorkflowClient().fetchHistory(harness.workflowId()).toJson(true));
    }
  }
}
