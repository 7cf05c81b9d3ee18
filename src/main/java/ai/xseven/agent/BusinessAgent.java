package ai.xseven.agent;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.knowledge.KnowledgeBase;
import ai.xseven.knowledge.KnowledgeTool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Answers a customer of one business with the configured chat model, the business's read-only
 * tools, its knowledge documents and the conversation's memory window.
 */
@Component
class BusinessAgent {

  private static final int MAX_TOOL_ROUNDS = 3;

  /** The business's own tools, then its documents. */
  static final List<ToolSpecification> TOOLS = Stream.concat(
      BusinessTools.SPECIFICATIONS.stream(), Stream.of(KnowledgeTool.SPECIFICATION)).toList();

  private final ChatModel model;
  private final ChatMemoryProvider memories;
  private final BusinessService businesses;
  private final KnowledgeBase knowledge;

  BusinessAgent(ChatModel model, ChatMemoryProvider memories, BusinessService businesses,
      KnowledgeBase knowledge) {
    this.model = model;
    this.memories = memories;
    this.businesses = businesses;
    this.knowledge = knowledge;
  }

  /** {@code call} tells the model router (and the trace) who asks; see {@link LlmCallContext}. */
  String reply(LlmCallContext call, BusinessProfile business, String customerText) {
    return call.during(() -> answer(call.conversationId(), business, customerText));
  }

  /** Writes the reply again: {@code feedback} says what the output guardrails refused. */
  String regenerate(LlmCallContext call, BusinessProfile business, String customerText,
      String feedback) {
    return call.during(() ->
        answer(call.conversationId(), business, Regeneration.prompt(feedback, customerText)));
  }

  private String answer(String conversationId, BusinessProfile business, String userText) {
    BusinessTools tools = new BusinessTools(businesses, business);
    KnowledgeTool documents = knowledge.tool(business.id());
    ChatMemory memory = memories.get(conversationId);
    memory.add(SystemMessage.from(SystemPrompts.forBusiness(business)));
    memory.add(UserMessage.from(userText));
    for (int round = 0; round < MAX_TOOL_ROUNDS; round++) {
      AiMessage answer =
          model.chat(ChatRequest.builder().messages(memory.messages())
                  .toolSpecifications(TOOLS).build())
              .aiMessage();
      memory.add(answer);
      if (!answer.hasToolExecutionRequests()) {
        return answer.text();
      }
      for (ToolExecutionRequest call : answer.toolExecutionRequests()) {
        String result = KnowledgeTool.NAME.equals(call.name())
            ? documents.execute(call, conversationId)
            : tools.execute(call, conversationId);
        memory.add(ToolExecutionResultMessage.from(call, result));
      }
    }
    return "Sorry, I could not find that out. Could you ask me in another way?";
  }
}
