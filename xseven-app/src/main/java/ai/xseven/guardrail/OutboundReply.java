package ai.xseven.guardrail;

/** The reply about to be sent, for rules that want to look at the text itself. */
public record OutboundReply(String text) {}
