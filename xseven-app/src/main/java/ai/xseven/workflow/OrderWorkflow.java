package ai.xseven.workflow;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One pick-up order: placed → accepted by the business (or rejected, or automatically rejected
 * when nobody accepts in time) → preparing → ready → picked up or delivered → feedback request.
 * Cancellable until it is handed over, with the compensation its stage needs; the owner is told
 * when a stage overruns its expected time.
 */
@WorkflowInterface
public interface OrderWorkflow {

  @WorkflowMethod
  void run(OrderInput input);

  @QueryMethod
  OrderStatus status();

  /** The business moves the order on; refused (by the validator) in any other stage. */
  @UpdateMethod
  ChangeOutcome act(OrderAction action, String reason);

  @UpdateValidatorMethod(updateName = "act")
  void validateAct(OrderAction action, String reason);

  /** Cancels the order with its stage's compensation; refused once it is handed over. */
  @UpdateMethod
  ChangeOutcome cancel(CancelRequest request);

  @UpdateValidatorMethod(updateName = "cancel")
  void validateCancel(CancelRequest request);
}
