package ai.xseven.agent;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Runs one agent task: the profile's instructions, the tools the task is offered (through
 * {@link AgentTools}, which refuses what the conversation may not do), the conversation's memory
 * window, and the configured chat model — behind the router, which picks the tier per call.
 */
@Component
class BusinessAgent {

  static final int MAX_TOOL_ROUNDS = 4;
  static final String NO_ANSWER = "Sorry, I could not find that out. Could you ask me in another way?";
  private static final String NO_CONVERSATION = "no-conversation";

  private final ChatModel model;
  private final ChatMemoryStore memories;
  private final AgentTools tools;

  BusinessAgent(ChatModel model, ChatMemoryStore memories, AgentTools tools) {
    this.model = model;
    this.memories = memories;
    this.tools = tools;
  }

  /** The structured answer of a task with an output schema, or why the model did not give one. */
  record Structured(String json, List<String> problems) {}

  /** {@code turn.call()} tells the model router (and the trace) who asks; see {@link LlmCallContext}. */
  String reply(AgentTurn turn, String customerText) {
    return turn.call().during(() -> answer(turn, customerText));
  }

  /** Writes the reply again: {@code feedback} says what the output guardrails refused. */
  String regenerate(AgentTurn turn, String customerText, String feedback) {
    return turn.call().during(() -> answer(turn, Regeneration.prompt(feedback, customerText)));
  }

  /**
   * Asks for the task's output schema instead of a reply. The conversation's memory is read for
   * context but not written: a JSON object is not part of the chat. One more try is given with
   * what was wrong.
   */
  Structured structured(AgentTurn turn, String customerText) {
    return turn.call().during(() -> {
      OutputSchemas.OutputSchema schema = turn.outputSchema();
      List<ChatMessage> messages = new ArrayList<>();
      messages.add(SystemMessage.from(turn.profile().prompt(turn.business()) + "\n"
          + OutputSchemas.instruction(schema)));
      memory(turn).messages().stream().filter(message -> !(message instanceof SystemMessage))
          .forEach(messages::add);
      messages.add(UserMessage.from(customerText));
      List<String> problems = List.of();
      for (int attempt = 0; attempt < 2; attempt++) {
        String answer = loop(turn, () -> messages, messages::add, schema);
        problems = answer == null ? List.of("no answer") : OutputSchemas.problems(schema, answer);
        if (problems.isEmpty()) {
          return new Structured(answer.strip(), List.of());
        }
        messages.add(UserMessage.from("That answer does not match the schema: "
            + String.join("; ", problems) + ". Answer again with the JSON object only."));
      }
      return new Structured(null, problems);
    });
  }

  private String answer(AgentTurn turn, String userText) {
    ChatMemory memory = memory(turn);
    memory.add(SystemMessage.from(turn.profile().prompt(turn.business())));
    memory.add(UserMessage.from(userText));
    String answer = loop(turn, memory::messages, memory::add, null);
    return answer == null ? NO_ANSWER : answer;
  }

  /** The tool loop: null when the model still asked for tools after the last round. */
  private String loop(AgentTurn turn, Supplier<List<ChatMessage>> messages,
      Consumer<ChatMessage> add, OutputSchemas.OutputSchema schema) {
    List<ToolSpecification> offered = tools.offered(turn);
    AgentTools.Session session = tools.open(turn);
    for (int round = 0; round < MAX_TOOL_ROUNDS; round++) {
      ChatRequest.Builder request = ChatRequest.builder().messages(List.copyOf(messages.get()));
      if (!offered.isEmpty()) {
        request.toolSpecifications(offered);
      }
      if (schema != null
          && model.supportedCapabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA)) {
        request.responseFormat(schema.responseFormat());
      }
      AiMessage answer = model.chat(request.build()).aiMessage();
      add.accept(answer);
      if (!answer.hasToolExecutionRequests()) {
        return answer.text();
      }
      for (ToolExecutionRequest call : answer.toolExecutionRequests()) {
        add.accept(ToolExecutionResultMessage.from(call, session.execute(call)));
      }
    }
    return null;
  }

  private ChatMemory memory(AgentTurn turn) {
    String id = turn.conversationId() == null ? NO_CONVERSATION : turn.conversationId();
    return MessageWindowChatMemory.builder().id(id).maxMessages(turn.memoryWindow())
        .chatMemoryStore(memories).build();
  }
}
