package ai.xseven.plugin;

import java.time.Instant;
import java.util.UUID;

/**
 * A secret stored in the database, without its value (which is never shown again).
 *
 * @param businessId the business it is for; null for all businesses
 */
public record StoredSecret(UUID businessId, String name, Instant updatedAt, String updatedBy) {}
