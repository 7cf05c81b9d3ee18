package ai.xseven.guardrail;

/**
 * A price the business's own documents state (a deposit, a supplement, a set menu): fact, like a
 * catalog price, when a reply repeats it.
 */
public record DocumentedFigure(int amountCents, String currency) {}
