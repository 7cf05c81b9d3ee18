package ai.xseven.business;

import java.time.ZoneId;
import java.util.UUID;

/** The public face of a business. */
public record BusinessProfile(
    UUID id,
    String slug,
    String name,
    BusinessKind kind,
    String description,
    String area,
    String address,
    String phone,
    ZoneId zone,
    int capacity,
    int slotMinutes) {}
