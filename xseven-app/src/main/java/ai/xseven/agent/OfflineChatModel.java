package ai.xseven.agent;

import ai.xseven.knowledge.KnowledgeTool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The model X-Seven runs with no network and no API key. It behaves like a tool-calling LLM: it
 * understands the customer's message with the in-process embedding classifier, calls the tool
 * that holds the answer, and answers with what the tool returned — so every fact it states comes
 * from the business's own data. Deterministic: same messages, same answer.
 */
class OfflineChatModel implements ChatModel {

  static final String MODEL_NAME = "xseven-offline";

  /** Which tool answers which kind of question; the tool is called only if the request offers it. */
  private static final Map<String, String> TOOL_FOR_INTENT =
      Map.of(
          "ask_hours", BusinessTools.OPENING_HOURS,
          "ask_menu", BusinessTools.CATALOG,
          "ask_services", BusinessTools.CATALOG,
          "ask_prices", BusinessTools.CATALOG,
          "ask_location", BusinessTools.CONTACT_DETAILS,
          // Read-only: where a diagram sends these to an agent task, the status is still real.
          "booking_status", BookingTools.MY_BOOKINGS,
          "order_status", OrderTools.TRACK_ORDER);

  private static final Set<String> BUSINESS_TOOLS = BusinessTools.SPECIFICATIONS.stream()
      .map(ToolSpecification::name).collect(Collectors.toSet());
  private static final Set<String> OWNER_TOOLS =
      Stream.of(OwnerTools.SPECIFICATIONS, FrontDeskTools.SPECIFICATIONS).flatMap(List::stream)
          .map(ToolSpecification::name).collect(Collectors.toSet());
  private static final Set<String> ACTION_TOOLS =
      Stream.of(BookingTools.SPECIFICATIONS, OrderTools.SPECIFICATIONS, OwnerTools.SPECIFICATIONS,
              FrontDeskTools.SPECIFICATIONS)
          .flatMap(List::stream)
          .map(ToolSpecification::name)
          .collect(Collectors.toSet());

  private final IntentClassifier classifier;
  private final OfflineStructuredAnswers structured;

  OfflineChatModel(IntentClassifier classifier) {
    this(classifier, null);
  }

  /** @param structured answers output schemas; null: this model answers none */
  OfflineChatModel(IntentClassifier classifier, OfflineStructuredAnswers structured) {
    this.classifier = classifier;
    this.structured = structured;
  }

  @Override
  public Set<Capability> supportedCapabilities() {
    return structured == null ? Set.of() : Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    List<ChatMessage> messages = request.messages();
    ChatMessage last = messages.get(messages.size() - 1);
    ResponseFormat format = request.responseFormat();
    if (structured != null && format != null && format.jsonSchema() != null) {
      // A structured answer is read from the customer's words; it calls no tools.
      return ChatResponse.builder()
          .aiMessage(AiMessage.from(
              structured.answer(format.jsonSchema().name(), lastUserText(messages))))
          .modelName(MODEL_NAME)
          .finishReason(FinishReason.STOP)
          .build();
    }
    AiMessage answer =
        last instanceof ToolExecutionResultMessage
            ? fromToolResults(toolResultsSinceLastUserMessage(messages), request.toolSpecifications())
            : answer(lastUserText(messages), request.toolSpecifications());
    return ChatResponse.builder()
        .aiMessage(answer)
        .modelName(MODEL_NAME)
        .finishReason(answer.hasToolExecutionRequests() ? FinishReason.TOOL_EXECUTION : FinishReason.STOP)
        .build();
  }

  private AiMessage answer(String text, List<ToolSpecification> tools) {
    Intent intent = classifier.classify(text);
    String toolName = TOOL_FOR_INTENT.get(intent.name());
    List<ToolExecutionRequest> calls = new ArrayList<>();
    if (toolName != null && offers(tools, toolName)) {
      String arguments = BusinessTools.CATALOG.equals(toolName) ? queryArgument(text) : "{}";
      calls.add(ToolExecutionRequest.builder().id("call-1").name(toolName).arguments(arguments)
          .build());
    }
    // Questions, and what the examples do not cover (parking, allergens, policies), may also be
    // answered by the business's documents; a search that finds nothing adds nothing.
    boolean mayBeDocumented = intent.kind() == Intent.Kind.QUESTION
        || intent.kind() == Intent.Kind.UNKNOWN;
    if (mayBeDocumented && offers(tools, KnowledgeTool.NAME)) {
      calls.add(ToolExecutionRequest.builder().id("call-" + (calls.size() + 1))
          .name(KnowledgeTool.NAME).arguments(jsonArgument("question", text)).build());
    }
    if (!calls.isEmpty()) {
      return AiMessage.from(calls);
    }
    return AiMessage.from(
        switch (intent.kind()) {
          case GREETING -> "Hello! How can I help you today?";
          case GOODBYE -> "Thank you for chatting with us. Goodbye, and see you soon!";
          case AFFIRM, DENY -> "All right. Is there anything else I can help you with?";
          default -> help(tools);
        });
  }

  private static boolean offers(List<ToolSpecification> tools, String name) {
    return tools.stream().anyMatch(tool -> tool.name().equals(name));
  }

  /**
   * What the assistant can do, taken from the tools it was given rather than made up. Tools that
   * act (bookings, orders, an owner's changes) are not listed one by one: a customer's chat books through
   * its own steps, and the offline model never calls them.
   */
  private static String help(List<ToolSpecification> tools) {
    String abilities =
        tools.stream()
            .filter(tool -> !ACTION_TOOLS.contains(tool.name()))
            .map(tool -> KnowledgeTool.NAME.equals(tool.name())
                ? "questions about our policies" : tool.description())
            .collect(Collectors.joining("; "));
    boolean businessChat = tools.stream().anyMatch(tool -> BUSINESS_TOOLS.contains(tool.name()));
    boolean owner = tools.stream().anyMatch(tool -> OWNER_TOOLS.contains(tool.name()));
    return "Sorry, I didn't quite catch that. I can help with: " + abilities
        + (owner ? "; or change prices, items and opening hours, move orders on, check customers"
                + " in and cancel bookings for you."
            : businessChat ? "; or make a booking for you." : ".");
  }

  /** Tool results are the answer; a document search that found nothing is not. */
  private static AiMessage fromToolResults(List<String> results, List<ToolSpecification> tools) {
    List<String> found =
        results.stream().filter(result -> !KnowledgeTool.NOTHING_FOUND.equals(result)).toList();
    return AiMessage.from(found.isEmpty() ? help(tools) : String.join("\n\n", found));
  }

  private static List<String> toolResultsSinceLastUserMessage(List<ChatMessage> messages) {
    List<String> results = new ArrayList<>();
    for (int i = messages.size() - 1; i >= 0 && !(messages.get(i) instanceof UserMessage); i--) {
      if (messages.get(i) instanceof ToolExecutionResultMessage result) {
        results.add(0, result.text());
      }
    }
    return results;
  }

  private static String lastUserText(List<ChatMessage> messages) {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i) instanceof UserMessage user) {
        // Offline answers come from the tools, so a regeneration answers the same message again.
        return Regeneration.customerText(user.singleText()).orElse(user.singleText());
      }
    }
    return "";
  }

  private static String queryArgument(String text) {
    return jsonArgument("query", text);
  }

  private static String jsonArgument(String name, String text) {
    String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n\\t]", " ");
    return "{\"" + name + "\":\"" + escaped + "\"}";
  }
}
