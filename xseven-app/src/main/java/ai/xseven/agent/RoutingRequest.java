package ai.xseven.agent;

import ai.xseven.business.BusinessKind;

/**
 * An agent call as {@code rules/model-routing.drl} sees it when choosing the model tier
 * ({@code small} or {@code large}).
 *
 * @param channel {@code dedicated}, {@code dashboard} or {@code global}
 * @param intent what the customer's message is about, as the classifier placed it
 * @param messageChars the length of the customer's message
 * @param toolsNeeded how many tools the call is expected to use
 * @param businessKind the business the conversation is with; null in the global chat
 * @param tierHint {@code small} or {@code large} when the agent task or its profile asks for that
 *     tier ({@code route}); null for {@code auto}. The budget rules still win over it.
 */
public record RoutingRequest(
    String channel,
    Intent.Kind intent,
    int messageChars,
    int toolsNeeded,
    BusinessKind businessKind,
    String tierHint) {

  public RoutingRequest(String channel, Intent.Kind intent, int messageChars, int toolsNeeded,
      BusinessKind businessKind) {
    this(channel, intent, messageChars, toolsNeeded, businessKind, null);
  }
}
