package ai.xseven.agent;

import ai.xseven.observability.LlmCall;
import ai.xseven.observability.LlmCallLog;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat model the agent talks to: the routing rules choose the tier a call starts at, and a
 * tier that fails — an error, a timeout, a rate limit, a malformed response, a response its
 * provider's content filter stopped, or an empty one — hands the call to the next tier of the
 * chain, which ends at the offline model. Every attempt is traced with its tokens, latency and
 * cost. (langchain4j has no fallback of its own: langchain4j issue #874.)
 */
class RoutedChatModel implements ChatModel {

  private static final Logger log = LoggerFactory.getLogger(RoutedChatModel.class);

  private final ModelTiers tiers;
  private final ModelRouting routing;
  private final LlmCallLog calls;
  private final Clock clock;

  RoutedChatModel(ModelTiers tiers, ModelRouting routing, LlmCallLog calls, Clock clock) {
    this.tiers = tiers;
    this.routing = routing;
    this.calls = calls;
    this.clock = clock;
  }

  /**
   * A JSON schema can always be asked for: the chain ends at the offline model, which answers
   * schemas, and a tier that refuses one falls over. The agent checks every answer anyway.
   */
  @Override
  public Set<Capability> supportedCapabilities() {
    return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    LlmCallContext context = LlmCallContext.current();
    ModelRouting.Route route = routing.choose(context, request.messages());
    List<ModelTier> chain = tiers.from(route.tier());
    Attempts attempts = new Attempts(context, route.reason());
    for (int i = 0; i < chain.size(); i++) {
      ModelTier tier = chain.get(i);
      boolean last = i == chain.size() - 1;
      long started = System.nanoTime();
      ChatResponse response;
      try {
        response = tier.model().chat(request);
      } catch (RuntimeException failure) {
        attempts.failed(tier, started, null, failure.getClass().getSimpleName() + ": "
            + failure.getMessage());
        if (last) {
          throw failure;
        }
        log.warn("LLM tier {} failed ({}); falling over", tier.name(), failure.toString());
        continue;
      }
      String refused = refusal(response);
      if (refused != null && !last) {
        attempts.failed(tier, started, response, refused);
        log.warn("LLM tier {}: {}; falling over", tier.name(), refused);
        continue;
      }
      attempts.answered(tier, started, request, response);
      return response;
    }
    throw new IllegalStateException("The model chain is empty");
  }

  /** Why a response that arrived cannot be used; null when it can. */
  private static String refusal(ChatResponse response) {
    if (response.finishReason() == FinishReason.CONTENT_FILTER) {
      return "the provider's content filter stopped the response";
    }
    AiMessage answer = response.aiMessage();
    if (answer == null
        || (!answer.hasToolExecutionRequests() && (answer.text() == null || answer.text().isBlank()))) {
      return "the response has neither text nor tool calls";
    }
    return null;
  }

  /** The attempts of one call, written to the trace as they happen. */
  private final class Attempts {
    private final UUID callId = UUID.randomUUID();
    private final LlmCallContext context;
    private final String reason;
    private int count;
    private String previousTier;

    Attempts(LlmCallContext context, String reason) {
      this.context = context;
      this.reason = reason;
    }

    void failed(ModelTier tier, long started, ChatResponse response, String error) {
      TokenUsage usage = response == null ? null : response.tokenUsage();
      int prompt = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
      int completion =
          usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
      write(tier, started, modelOf(tier, response), prompt, completion, LlmCall.Outcome.FAILED,
          error);
    }

    void answered(ModelTier tier, long started, ChatRequest request, ChatResponse response) {
      TokenUsage usage = tier.offline() ? null : response.tokenUsage();
      int prompt = usage != null && usage.inputTokenCount() != null
          ? usage.inputTokenCount() : estimate(request.messages());
      int completion = usage != null && usage.outputTokenCount() != null
          ? usage.outputTokenCount() : estimate(List.of(response.aiMessage()));
      write(tier, started, modelOf(tier, response), prompt, completion,
          count == 0 ? LlmCall.Outcome.OK : LlmCall.Outcome.FALLBACK, null);
    }

    private void write(ModelTier tier, long started, String model, int prompt, int completion,
        LlmCall.Outcome outcome, String error) {
      long latencyMs = (System.nanoTime() - started) / 1_000_000;
      BigDecimal cost = tier.costCents(prompt, completion);
      LlmCall call = new LlmCall(UUID.randomUUID(), callId, ++count, uuid(context.conversationId()),
          context.businessId(), context.elementId(), tier.name(), tier.provider(), model, reason,
          prompt, completion, latencyMs, cost, outcome, error, previousTier, clock.instant());
      previousTier = tier.name();
      try {
        calls.record(call);
      } catch (RuntimeException traceFailed) {
        // The customer's answer matters more than its trace.
        log.error("Could not trace LLM call {}", call, traceFailed);
      }
    }
  }

  private static String modelOf(ModelTier tier, ChatResponse response) {
    return response != null && response.modelName() != null ? response.modelName()
        : tier.modelName();
  }

  /** About four characters per token, the usual rule of thumb for English text. */
  static int estimate(List<? extends ChatMessage> messages) {
    long chars = 0;
    for (ChatMessage message : messages) {
      chars += length(message);
    }
    return (int) Math.ceil(chars / 4.0);
  }

  private static int length(ChatMessage message) {
    if (message instanceof SystemMessage system) {
      return system.text().length();
    }
    if (message instanceof UserMessage user) {
      return user.hasSingleText() ? user.singleText().length() : user.contents().toString().length();
    }
    if (message instanceof ToolExecutionResultMessage result) {
      return result.text().length();
    }
    if (message instanceof AiMessage ai) {
      int text = ai.text() == null ? 0 : ai.text().length();
      return ai.hasToolExecutionRequests()
          ? text + ai.toolExecutionRequests().stream()
              .mapToInt(call -> call.name().length() + lengthOf(call)).sum()
          : text;
    }
    return message.toString().length();
  }

  private static int lengthOf(ToolExecutionRequest call) {
    return call.arguments() == null ? 0 : call.arguments().length();
  }

  private static UUID uuid(String id) {
    try {
      return id == null ? null : UUID.fromString(id);
    } catch (IllegalArgumentException notUuid) {
      return null;
    }
  }
}
