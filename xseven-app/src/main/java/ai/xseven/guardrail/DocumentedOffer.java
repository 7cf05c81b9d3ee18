package ai.xseven.guardrail;

/**
 * An offer the business's own documents make ("free of charge up to 24 hours before"): its policy,
 * so a reply may repeat it.
 */
public record DocumentedOffer(String kind, String phrase) {}
