package ai.xseven.agent;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A tool-calling chat model whose every move a test writes: the script sees the request (the
 * customer's last message, the tool results since) and returns text or tool calls. It keeps the
 * requests it was sent, so a test can see what the agent offered it.
 */
class ScriptedAgentModel implements ChatModel {

  final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
  private volatile Function<ChatRequest, AiMessage> script = request -> AiMessage.from("Hello!");

  void script(Function<ChatRequest, AiMessage> script) {
    requests.clear();
    this.script = script;
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    requests.add(request);
    return ChatResponse.builder().aiMessage(script.apply(request)).build();
  }

  static AiMessage call(String tool, String arguments) {
    return AiMessage.from(List.of(ToolExecutionRequest.builder().id("call-" + tool).name(tool)
        .arguments(arguments).build()));
  }

  static String lastUserText(ChatRequest request) {
    List<ChatMessage> messages = request.messages();
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i) instanceof UserMessage user) {
        return user.singleText();
      }
    }
    return "";
  }

  /** The results of the tools called since the last user message, oldest first. */
  static List<ToolExecutionResultMessage> toolResults(ChatRequest request) {
    List<ToolExecutionResultMessage> results = new ArrayList<>();
    List<ChatMessage> messages = request.messages();
    for (int i = messages.size() - 1; i >= 0 && !(messages.get(i) instanceof UserMessage); i--) {
      if (messages.get(i) instanceof ToolExecutionResultMessage result) {
        results.add(0, result);
      }
    }
    return results;
  }
}
