package ai.xseven.knowledge;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import dev.langchain4j.service.tool.DefaultToolExecutor;
import java.lang.reflect.Method;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@code knowledge} tool of one business, ready for langchain4j: pass the object to
 * {@code AiServices.builder(...).tools(...)}, or offer {@link #SPECIFICATION} in a chat request and
 * run the model's call with {@link #execute}. It returns the passages that answer the question,
 * each under its document's title, so the model can cite the document.
 */
public final class KnowledgeTool {

  public static final String NAME = "knowledge";
  /** Passages handed to the model per call. */
  public static final int PASSAGES = 3;
  public static final ToolSpecification SPECIFICATION =
      ToolSpecifications.toolSpecificationsFrom(KnowledgeTool.class).get(0);
  /** What the tool answers when no document of the business answers the question. */
  public static final String NOTHING_FOUND =
      "None of our documents answers this question. Do not guess; offer to ask the staff.";

  private final KnowledgeBase knowledge;
  private final UUID businessId;

  KnowledgeTool(KnowledgeBase knowledge, UUID businessId) {
    this.knowledge = knowledge;
    this.businessId = businessId;
  }

  @Tool(name = NAME, value = "Searches our documents (FAQ, policies: allergens, parking, events,"
      + " cancellations, gift cards and the like) and returns the passages that answer the question,"
      + " each under the title of its document. Cite that title in the answer.")
  public String knowledge(@P("the customer's question, in their words") String question) {
    List<KnowledgeHit> hits = knowledge.search(businessId, question, PASSAGES);
    if (hits.isEmpty()) {
      return NOTHING_FOUND;
    }
    return hits.stream()
        .map(hit -> "From \"" + hit.source() + "\":\n" + hit.text())
        .collect(Collectors.joining("\n\n"));
  }

  /** Runs a model's call of this tool; the arguments are the model's JSON, {"question": …}. */
  public String execute(ToolExecutionRequest request, Object memoryId) {
    if (!NAME.equals(request.name())) {
      return "There is no tool named " + request.name() + ".";
    }
    return new DefaultToolExecutor(this, method()).execute(request, memoryId);
  }

  private static Method method() {
    try {
      return KnowledgeTool.class.getMethod(NAME, String.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
