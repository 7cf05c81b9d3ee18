package ai.xseven.guardrail;

/**
 * An e-mail address or phone number in the reply.
 *
 * @param kind EMAIL or PHONE
 * @param business it is the business's own
 * @param givenByCustomer the customer of this conversation wrote it
 */
public record ContactMention(
    String kind, String value, boolean business, boolean givenByCustomer) {}
