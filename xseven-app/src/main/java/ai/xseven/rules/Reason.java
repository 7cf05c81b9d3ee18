package ai.xseven.rules;

/** Why a rule objected: the rule's name, the decision it asked for and a sentence for people. */
public record Reason(String rule, Decision decision, String text) {}
