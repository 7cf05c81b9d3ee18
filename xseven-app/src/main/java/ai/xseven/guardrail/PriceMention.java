package ai.xseven.guardrail;

/**
 * A price the reply states.
 *
 * @param stated the figure as written ("$3", "12.50 USD")
 * @param item the catalog item it is stated for, by its catalog name; null when the reply names
 *     no catalog item beside it
 * @param context the words around it, for feedback
 */
public record PriceMention(
    String stated, int amountCents, String currency, String item, String context) {}
