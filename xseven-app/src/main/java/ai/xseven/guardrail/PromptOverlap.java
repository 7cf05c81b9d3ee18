package ai.xseven.guardrail;

/**
 * The longest run of words the reply shares with the system prompt, so the rule set decides how
 * long a shared run counts as repeating the instructions.
 *
 * @param words how many words of the run are not the business's public details (its name, kind
 *     and area, which the prompt also states)
 * @param excerpt the whole run, lower case
 */
public record PromptOverlap(int words, String excerpt) {}
