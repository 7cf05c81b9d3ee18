package ai.xseven.guardrail;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.function.Function;

/**
 * A chat model whose answers a test writes: given the latest user message (a customer's, or the
 * regeneration request that carries the guardrail's feedback), it returns the scripted reply.
 */
class ScriptedChatModel implements ChatModel {

  private volatile Function<String, String> script = text -> "Happy to help!";

  void answer(Function<String, String> script) {
    this.script = script;
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    List<ChatMessage> messages = request.messages();
    String last = "";
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i) instanceof UserMessage user) {
        last = user.singleText();
        break;
      }
    }
    return ChatResponse.builder().aiMessage(AiMessage.from(script.apply(last))).build();
  }
}
