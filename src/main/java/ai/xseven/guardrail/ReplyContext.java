package ai.xseven.guardrail;

import ai.xseven.business.BusinessDetails;
import java.util.List;

/**
 * What the output guardrails know besides the reply.
 *
 * @param systemPrompt the instructions the reply was produced under; null when unknown
 * @param customerTexts this conversation's customer messages (contact data the customer gave is
 *     theirs, not another customer's)
 */
public record ReplyContext(
    BusinessDetails business, String systemPrompt, List<String> customerTexts) {

  public ReplyContext {
    customerTexts = customerTexts == null ? List.of() : List.copyOf(customerTexts);
  }
}
