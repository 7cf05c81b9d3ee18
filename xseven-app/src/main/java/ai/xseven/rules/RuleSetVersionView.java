package ai.xseven.rules;

import java.time.Instant;

/** One stored version of a rule set. */
public record RuleSetVersionView(int version, Instant createdAt, String createdBy,
    boolean active) {}
