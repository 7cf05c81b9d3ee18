package ai.xseven.agent;

import ai.xseven.business.BusinessProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One agent task of one turn: who the agent talks to and for whom, the profile it runs under, the
 * tools it is offered, and the owner's menu changes waiting for a yes.
 *
 * @param business null in the global chat
 * @param channel {@code dedicated}, {@code dashboard} or {@code global}, set when the conversation
 *     started: the only thing that makes the other party an owner
 * @param turnId the same for every task of one turn (see {@link TurnIds})
 * @param actor who the audit log names for an owner's change
 * @param shownChanges previews the owner saw in an earlier turn, by change id
 * @param newChanges previews made in this turn: not confirmable before the owner has read them
 */
record AgentTurn(
    LlmCallContext call,
    BusinessProfile business,
    String channel,
    String turnId,
    String actor,
    AgentProfile profile,
    List<String> tools,
    int memoryWindow,
    OutputSchemas.OutputSchema outputSchema,
    Map<String, PendingMenuChange> shownChanges,
    Map<String, PendingMenuChange> newChanges) {

  static final String OWNER_CHANNEL = "dashboard";

  AgentTurn {
    tools = List.copyOf(tools);
    shownChanges = new LinkedHashMap<>(shownChanges);
    newChanges = new LinkedHashMap<>(newChanges);
  }

  String conversationId() {
    return call.conversationId();
  }

  UUID conversationUuid() {
    try {
      return call.conversationId() == null ? null : UUID.fromString(call.conversationId());
    } catch (IllegalArgumentException notUuid) {
      return null;
    }
  }

  /** Only the dashboard channel talks to the business's owner (signed in there). */
  boolean withOwner() {
    return OWNER_CHANNEL.equals(channel);
  }

  /** What waits for the owner's yes after this turn: earlier previews plus this turn's. */
  Map<String, PendingMenuChange> pendingChanges() {
    Map<String, PendingMenuChange> all = new LinkedHashMap<>(shownChanges);
    all.putAll(newChanges);
    return all;
  }
}
