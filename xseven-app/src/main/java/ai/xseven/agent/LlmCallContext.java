package ai.xseven.agent;

import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.sdk.PluginContext;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who is asking the chat model, for the router's rules and the trace: langchain4j's
 * {@code ChatModel.chat(ChatRequest)} has no place for it, so the agent sets it on the calling
 * thread for the duration of its calls ({@link #during}). The BPMN task runs on that thread.
 *
 * @param conversationId null outside a conversation
 * @param elementId the BPMN element making the call, e.g. {@code Task_Answer}
 * @param channel {@code dedicated}, {@code dashboard} or {@code global}
 * @param intent how the classifier placed the customer's message
 * @param messageChars the length of the customer's message
 * @param toolsNeeded how many tools answering is expected to take
 * @param routeHint {@code small} or {@code large} when the task or agent profile asks for a tier;
 *     null for {@code auto}
 */
record LlmCallContext(
    String conversationId,
    String elementId,
    UUID businessId,
    BusinessKind businessKind,
    String channel,
    Intent.Kind intent,
    int messageChars,
    int toolsNeeded,
    String routeHint) {

  /** A call nobody described: no conversation, intent unknown. */
  static final LlmCallContext NONE =
      new LlmCallContext(null, null, null, null, null, Intent.Kind.UNKNOWN, 0, 0);

  LlmCallContext(String conversationId, String elementId, UUID businessId,
      BusinessKind businessKind, String channel, Intent.Kind intent, int messageChars,
      int toolsNeeded) {
    this(conversationId, elementId, businessId, businessKind, channel, intent, messageChars,
        toolsNeeded, null);
  }

  private static final ThreadLocal<LlmCallContext> CURRENT = new ThreadLocal<>();

  /**
   * The context of a service task answering {@code message} for {@code business} (null in the
   * global chat); {@code route} is the tier the task or profile asks for ({@code auto}: none).
   */
  static LlmCallContext of(PluginContext task, BusinessProfile business, String message,
      String route) {
    Intent.Kind intent = task.variable("intentKind", String.class)
        .map(kind -> Intent.Kind.valueOf(kind.toUpperCase(Locale.ROOT)))
        .orElse(Intent.Kind.UNKNOWN);
    return new LlmCallContext(task.conversationId(), task.taskId(),
        business == null ? null : business.id(), business == null ? null : business.kind(),
        task.variable("channel", String.class).orElse(null), intent, message.length(),
        intent == Intent.Kind.QUESTION ? 1 : 0,
        route == null || "auto".equals(route) ? null : route);
  }

  static LlmCallContext current() {
    LlmCallContext context = CURRENT.get();
    return context == null ? NONE : context;
  }

  <T> T during(Supplier<T> calls) {
    LlmCallContext outer = CURRENT.get();
    CURRENT.set(this);
    try {
      return calls.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }
}
