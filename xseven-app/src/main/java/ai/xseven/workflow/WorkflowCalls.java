package ai.xseven.workflow;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Calls to a workflow that may not exist (unknown id, or forgotten by the embedded server). */
final class WorkflowCalls {

  private WorkflowCalls() {}

  /** The call's answer; empty when no workflow has that id. */
  static <T> Optional<T> ifExists(Supplier<T> call) {
    try {
      return Optional.of(call.get());
    } catch (WorkflowNotFoundException notFound) {
      return Optional.empty();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Runs an update: its outcome, a validator's (or a failed handler's) refusal in the words
   * {@code refusal} finds for it, or empty when no workflow has that id.
   */
  static Optional<ChangeOutcome> update(Supplier<ChangeOutcome> call,
      Function<WorkflowUpdateException, String> refusal) {
    try {
      return ifExists(call);
    } catch (WorkflowUpdateException refused) {
      return Optional.of(ChangeOutcome.refused(refusal.apply(refused)));
    }
  }
}
