package ai.xseven.rules;

/**
 * What a rule set decided, mildest first: when several rules fire, the most severe decision wins.
 * Policy rule sets use {@link #ALLOW} and {@link #BLOCK} (refuse, with reasons); guardrails use all.
 */
public enum Decision {
  /** Nothing to object to. */
  ALLOW,
  /** Continue with the sensitive parts masked. */
  REDACT,
  /** Produce the reply again with the violation as feedback (output guardrails). */
  REGENERATE,
  /** Refuse, with a polite, specific reason. */
  BLOCK,
  /** Hand the conversation to a human. */
  ESCALATE;

  Decision atLeast(Decision other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
