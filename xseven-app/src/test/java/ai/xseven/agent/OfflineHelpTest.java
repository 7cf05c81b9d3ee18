package ai.xseven.agent;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.knowledge.KnowledgeTool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The offline model's "what I can do" answer speaks to the customer, never in tool instructions. */
class OfflineHelpTest {

  private final OfflineChatModel model =
      new OfflineChatModel(new IntentClassifier(new AllMiniLmL6V2EmbeddingModel()));

  @Test
  void listsWhatTheCustomerCanAskAndNoneOfTheActionToolsInstructions() {
    List<ToolSpecification> restaurantTools = Stream.of(BusinessTools.SPECIFICATIONS,
            List.of(KnowledgeTool.SPECIFICATION), BookingTools.SPECIFICATIONS,
            OrderTools.SPECIFICATIONS)
        .flatMap(List::stream)
        .toList();

    UserMessage unclear = UserMessage.from("zxq blorf wibble");
    AiMessage searchFirst = model.chat(ChatRequest.builder().messages(unclear)
        .toolSpecifications(restaurantTools).build()).aiMessage();
    ToolExecutionRequest search = searchFirst.toolExecutionRequests().get(0);
    String help = model.chat(ChatRequest.builder()
            .messages(unclear, searchFirst,
                ToolExecutionResultMessage.from(search, KnowledgeTool.NOTHING_FOUND))
            .toolSpecifications(restaurantTools)
            .build())
        .aiMessage().text();

    assertThat(search.name()).isEqualTo(KnowledgeTool.NAME);

    assertThat(help).startsWith("Sorry, I didn't quite catch that.")
        .contains("our opening hours", "questions about our policies", "make a booking for you");
    Stream.of(BookingTools.SPECIFICATIONS, OrderTools.SPECIFICATIONS).flatMap(List::stream)
        .forEach(action -> assertThat(help).doesNotContain(action.description()));
  }
}
