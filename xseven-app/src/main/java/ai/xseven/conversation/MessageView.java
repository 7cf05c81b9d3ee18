package ai.xseven.conversation;

import java.time.Instant;
import java.util.UUID;

/** One line of the transcript: {@code role} is user, assistant or notification. */
public record MessageView(UUID id, String role, String text, Instant createdAt) {}
