package ai.xseven.testkit;

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
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The chat model of a {@link PlatformHarness}: every agent task asks it instead of a provider.
 * Queued answers go first, one per request; then the script answers. A request nothing answers
 * fails, naming the customer's message, so a test never passes on an answer it did not write.
 * It keeps the requests it was sent: a test can see what an agent offered the model (its tools).
 */
public final class ScriptedModel implements ChatModel {

  private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
  private final Queue<AiMessage> queued = new ConcurrentLinkedQueue<>();
  private volatile Function<ChatRequest, AiMessage> script;

  /** A model whose answer to each request depends on the customer's last message only. */
  public static ScriptedModel answering(Function<String, String> byCustomerMessage) {
    return new ScriptedModel().answer(byCustomerMessage);
  }

  /** A model that gives these answers in order, one per request, then fails. */
  public static ScriptedModel queued(String... answers) {
    return new ScriptedModel().enqueue(answers);
  }

  public ScriptedModel answer(Function<String, String> byCustomerMessage) {
    return script(request -> AiMessage.from(byCustomerMessage.apply(customerMessage(request))));
  }

  /** Full control: text or tool calls ({@link #toolCall}) from the whole request. */
  public ScriptedModel script(Function<ChatRequest, AiMessage> script) {
    this.script = script;
    return this;
  }

  public ScriptedModel enqueue(String... answers) {
    for (String answer : answers) {
      queued.add(AiMessage.from(answer));
    }
    return this;
  }

  public ScriptedModel enqueue(AiMessage answer) {
    queued.add(answer);
    return this;
  }

  /** The requests sent so far, oldest first. */
  public List<ChatRequest> requests() {
    return List.copyOf(requests);
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    requests.add(request);
    AiMessage answer = queued.poll();
    if (answer == null && script != null) {
      answer = script.apply(request);
    }
    if (answer == null) {
      throw new IllegalStateException("The scripted model has no answer for the customer's "
          + "message '" + customerMessage(request) + "': queue one or give it a script.");
    }
    return ChatResponse.builder().aiMessage(answer).build();
  }

  /** An answer that calls a tool with arguments as JSON, e.g. {@code {"amount": 42.5}}. */
  public static AiMessage toolCall(String tool, String argumentsJson) {
    return AiMessage.from(List.of(ToolExecutionRequest.builder().id("call-" + tool).name(tool)
        .arguments(argumentsJson).build()));
  }

  /** The text of the last user message of the request. */
  public static String customerMessage(ChatRequest request) {
    List<ChatMessage> messages = request.messages();
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i) instanceof UserMessage user && user.hasSingleText()) {
        return user.singleText();
      }
    }
    return "";
  }

  /** The results of the tools called since the last user message, oldest first. */
  public static List<ToolExecutionResultMessage> toolResults(ChatRequest request) {
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
