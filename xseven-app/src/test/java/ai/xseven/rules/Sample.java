package ai.xseven.rules;

/** A fact for rule engine tests. */
public record Sample(String text, int size) {}
