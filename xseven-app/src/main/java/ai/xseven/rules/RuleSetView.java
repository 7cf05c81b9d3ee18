package ai.xseven.rules;

import java.time.Instant;

/** A rule set as the API shows it: the active version and its DRL. */
public record RuleSetView(String name, int activeVersion, String drl, Instant updatedAt,
    String updatedBy) {}
