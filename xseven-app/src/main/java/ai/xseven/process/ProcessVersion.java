package ai.xseven.process;

import java.time.Instant;

/**
 * One deployed version of a process. {@code deployedBy} is the studio user who deployed it, or
 * {@code shipped} for the diagrams of {@code processes/} deployed at start.
 */
public record ProcessVersion(String definitionId, String key, int version, String name,
    Instant deployedAt, String deployedBy, String note, long runningInstances,
    long openIncidents) {}
