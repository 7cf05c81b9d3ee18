package ai.xseven.rules;

import java.time.Instant;

/** One test scenario of a rule set as stored: its YAML text is the source of truth. */
public record StoredScenario(long id, String ruleSet, String name, String yaml,
    Instant updatedAt, String updatedBy) {}
