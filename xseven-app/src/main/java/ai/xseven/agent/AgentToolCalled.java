package ai.xseven.agent;

/**
 * An agent asked for a tool, and what became of it: published for every tool call, also the
 * refused ones, so the studio, the audit and the tests can see what an agent did.
 *
 * @param conversationId null outside a conversation
 * @param profile the agent profile that ran
 * @param arguments the model's arguments, as JSON
 */
public record AgentToolCalled(
    String conversationId,
    String elementId,
    String profile,
    String channel,
    String tool,
    String arguments,
    Outcome outcome,
    String result) {

  public enum Outcome {
    /** The tool ran (its result may still say no, e.g. a slot that is taken). */
    RAN,
    /** The tool is for owners and the conversation is with a customer. */
    REFUSED,
    /** The tool exists but this agent was not given it. */
    NOT_OFFERED,
    /** There is no such tool. */
    UNKNOWN,
    /** The tool threw: bad arguments or a failing service. */
    FAILED
  }
}
