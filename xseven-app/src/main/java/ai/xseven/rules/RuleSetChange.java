package ai.xseven.rules;

import java.time.Instant;

/**
 * One line of a rule set's audit trail.
 *
 * @param action SEEDED, SAVED (stored and activated), SAVED_INACTIVE (stored for later; the diff is
 *     against the latest version) or ACTIVATED (a roll back is activating an earlier version)
 * @param diff unified diff from the version active before to {@code version}
 */
public record RuleSetChange(long id, String name, int version, String action, String actor,
    Instant at, String diff) {}
