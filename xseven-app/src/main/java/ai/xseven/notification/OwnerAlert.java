package ai.xseven.notification;

import java.util.UUID;

/**
 * Something a business's owner must know: a no-show, an order waiting too long.
 *
 * @param dedupKey the same for every retry: the owner is told once
 * @param conversationId the customer's conversation, or null
 */
public record OwnerAlert(
    String dedupKey, UUID businessId, UUID conversationId, String kind, String text) {}
