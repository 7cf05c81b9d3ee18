package ai.xseven.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.store.memory.chat.InMemoryChatMemoryStore;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The memory window as configured: however the window slides, the model never sees a tool result
 * without the call that asked for it, nor a call without its results.
 */
class ChatMemoryWindowTest {

  private final ChatMemory memory =
      new ChatMemoryConfiguration().chatMemoryProvider(new InMemoryChatMemoryStore(), 5).get("c1");

  @Test
  void neverSeparatesAToolCallFromItsResults() {
    memory.add(SystemMessage.from("You are the assistant of Mario's."));
    for (int turn = 0; turn < 12; turn++) {
      memory.add(UserMessage.from("question " + turn));
      assertWhole(memory.messages());
      ToolExecutionRequest hours = call("hours-" + turn, "openingHours");
      ToolExecutionRequest menu = call("menu-" + turn, "catalog");
      memory.add(AiMessage.from(List.of(hours, menu)));
      memory.add(ToolExecutionResultMessage.from(hours, "open 12-22"));
      assertWhole(memory.messages());
      memory.add(ToolExecutionResultMessage.from(menu, "Margherita $14"));
      assertWhole(memory.messages());
      memory.add(AiMessage.from("We are open 12-22; the Margherita is $14."));
      assertWhole(memory.messages());
    }
    assertThat(memory.messages().get(0)).isInstanceOf(SystemMessage.class);
    assertThat(memory.messages()).hasSizeLessThanOrEqualTo(5);
  }

  /** Every result follows its call; a call at the end may still be waiting for its results. */
  private static void assertWhole(List<ChatMessage> messages) {
    Set<String> open = new HashSet<>();
    for (ChatMessage message : messages) {
      if (message instanceof ToolExecutionResultMessage result) {
        assertThat(open).as("result %s has its call in %s", result.id(), messages)
            .contains(result.id());
        open.remove(result.id());
      } else {
        assertThat(open).as("calls answered before %s", message).isEmpty();
        if (message instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
          ai.toolExecutionRequests().forEach(request -> open.add(request.id()));
        }
      }
    }
  }

  private static ToolExecutionRequest call(String id, String tool) {
    return ToolExecutionRequest.builder().id(id).name(tool).arguments("{}").build();
  }
}
