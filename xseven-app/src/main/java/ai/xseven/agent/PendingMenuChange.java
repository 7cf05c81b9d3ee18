package ai.xseven.agent;

import java.time.Instant;

/**
 * An owner's change that the menu-change policy allowed as a preview and that waits for the
 * owner's yes. Kept in the conversation's process (variable {@code agentMenuChanges}), so any node
 * can take the turn that confirms it.
 *
 * @param kind {@code price}, {@code remove} or {@code hours}
 * @param itemId the catalog item (price, remove)
 * @param priceCents the new price (price)
 * @param hours the new week, e.g. {@code "Monday 11:00-22:00; Tuesday 11:00-22:00"} (hours)
 * @param preview what the owner was shown
 * @param turnId the turn that made the preview
 */
record PendingMenuChange(
    String id,
    String businessId,
    String kind,
    String itemId,
    Integer priceCents,
    String hours,
    String preview,
    String turnId,
    Instant previewedAt) {}
