package ai.xseven.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation as the studio lists it.
 *
 * @param businessId null on the global channel
 * @param status OPEN, ESCALATED (staff have it) or CLOSED
 * @param lastMessageAt null before the first line
 * @param guardrailEvents lines on which a guardrail did something other than allow
 * @param takenOverBy the studio user who took it over; null when the assistant handed it to the
 *     staff without a name, or while the assistant has it
 */
public record ConversationSummary(
    UUID id,
    UUID businessId,
    String channel,
    String status,
    String stage,
    Instant startedAt,
    Instant lastMessageAt,
    int guardrailEvents,
    String takenOverBy) {

  /** The assistant is paused: staff have the conversation. */
  public boolean takenOver() {
    return Conversation.ESCALATED.equals(status);
  }

  public boolean closed() {
    return Conversation.CLOSED.equals(status);
  }
}
