package ai.xseven.security;

import java.util.UUID;

/** A studio user as the rest of the application sees it (never the password hash). */
public record StudioAccount(UUID id, String username, StudioRole role, UUID businessId,
    boolean enabled) {}
