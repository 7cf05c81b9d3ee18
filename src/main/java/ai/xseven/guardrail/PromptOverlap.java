package ai.xseven.guardrail;

/**
 * The longest run of words the reply shares with the system prompt, so the rule set decides how
 * long a shared run counts as repeating the instructions.
 */
public record PromptOverlap(int words, String excerpt) {}
