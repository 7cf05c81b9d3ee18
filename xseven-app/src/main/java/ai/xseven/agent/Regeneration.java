package ai.xseven.agent;

import java.util.Optional;

/**
 * The message that asks the model for a new reply after the output guardrails refused one: the
 * rule's feedback, then the customer's message again. The refused reply stays in memory, so the
 * model sees what it must not repeat.
 */
final class Regeneration {

  private static final String PREFIX = "Your previous reply was not sent because it broke a rule: ";
  private static final String CUSTOMER = "\nWrite a new reply to the customer's message: ";

  private Regeneration() {}

  static String prompt(String feedback, String customerText) {
    return PREFIX + feedback + CUSTOMER + customerText;
  }

  /** The customer's message inside a regeneration prompt; empty for any other text. */
  static Optional<String> customerText(String text) {
    int at = text.indexOf(CUSTOMER);
    return text.startsWith(PREFIX) && at >= 0
        ? Optional.of(text.substring(at + CUSTOMER.length()))
        : Optional.empty();
  }
}
