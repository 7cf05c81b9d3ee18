package ai.xseven.testkit;

import ai.xseven.sdk.BusinessError;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.TurnValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of a plugin under {@link PluginHarness}: what it produced, or the business error it
 * threw (which the platform turns into a BPMN error with its code).
 */
public final class PluginRun {

  private final PluginResult result;
  private final BusinessError businessError;

  private PluginRun(PluginResult result, BusinessError businessError) {
    this.result = result;
    this.businessError = businessError;
  }

  static PluginRun of(PluginResult result) {
    return new PluginRun(result, null);
  }

  static PluginRun of(BusinessError error) {
    return new PluginRun(PluginResult.builder().build(), error);
  }

  /** The process variables the run sets; a turn output appears as its {@link TurnValue}. */
  public Map<String, Object> outputs() {
    return result.outputs();
  }

  /** One output's value, a turn output's unwrapped; empty when the run does not set it. */
  public Optional<Object> output(String name) {
    Object value = result.outputs().get(name);
    return Optional.ofNullable(value instanceof TurnValue turn ? turn.value() : value);
  }

  /** The replies to the conversation, in order. */
  public List<String> replies() {
    return result.replies();
  }

  public Optional<BusinessError> businessError() {
    return Optional.ofNullable(businessError);
  }

  @Override
  public String toString() {
    return businessError != null
        ? "business error " + businessError.code() + ": " + businessError.getMessage()
        : "outputs " + outputs() + ", replies " + replies();
  }
}
