package ai.xseven.guardrail;

import ai.xseven.business.BusinessDetails;
import java.util.List;

/**
 * What the output guardrails know besides the reply.
 *
 * @param systemPrompt the instructions the reply was produced under; null when unknown
 * @param customerTexts this conversation's customer messages (contact data the customer gave is
 *     theirs, not another customer's)
 * @param documents the passages of the business's knowledge documents: what it says of itself
 *     (deposits, supplements, its cancellation terms) is fact beside the catalog
 */
public record ReplyContext(BusinessDetails business, String systemPrompt,
    List<String> customerTexts, List<String> documents) {

  public ReplyContext {
    customerTexts = customerTexts == null ? List.of() : List.copyOf(customerTexts);
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  public ReplyContext(BusinessDetails business, String systemPrompt, List<String> customerTexts) {
    this(business, systemPrompt, customerTexts, List.of());
  }
}
