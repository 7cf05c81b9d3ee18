package ai.xseven.process;

import java.time.Instant;
import java.util.UUID;

/**
 * One deployed version of a process. {@code deployedBy} is the studio user who deployed it, or
 * {@code shipped} for the diagrams of {@code processes/} deployed at start; {@code businessId} the
 * business it was deployed for, null for all businesses (versions count per business).
 */
public record ProcessVersion(String definitionId, String key, int version, String name,
    Instant deployedAt, String deployedBy, String note, long runningInstances,
    long openIncidents, UUID businessId) {}
