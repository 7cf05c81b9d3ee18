package ai.xseven.conversation;

import java.time.Instant;
import java.util.UUID;

/** A notification as the owner's API shows it. */
public record OwnerNotificationView(UUID id, UUID conversationId, String kind, String text,
    Instant createdAt) {}
