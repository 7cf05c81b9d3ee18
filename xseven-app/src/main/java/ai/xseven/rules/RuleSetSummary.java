package ai.xseven.rules;

import java.time.Instant;

/**
 * A rule set at a glance, for the studio's list.
 *
 * @param changedAt when the last version was stored or activated, and {@code changedBy} by whom
 * @param scenariosPassed how many of its {@code scenarios} pass against the active version
 */
public record RuleSetSummary(String name, int activeVersion, int latestVersion, Instant changedAt,
    String changedBy, int scenariosPassed, int scenarios) {}
