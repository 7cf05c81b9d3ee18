package ai.xseven.agent;

import static ai.xseven.DemoData.MARIOS;
import static ai.xseven.agent.ScriptedAgentModel.call;
import static ai.xseven.agent.ScriptedAgentModel.toolResults;
import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.conversation.ChatApi;
import ai.xseven.process.DeployResult;
import ai.xseven.process.DiagramProblem;
import ai.xseven.process.ProcessStudio;
import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Plugins as agent tools, in a conversation over the API: the dedicated chat's agent tasks offer
 * a plugin marked as a tool (it runs and its answer reaches the customer) and a scripted model
 * that asks for a plugin which is not a tool is refused, and that plugin never runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "xseven.llm.provider=scripted")
@ActiveProfiles("test")
@DirtiesContext
@Import(PluginToolsIT.Beans.class)
class PluginToolsIT {

  /** Looks up a customer's loyalty points; an agent may call it. */
  static final class LoyaltyPlugin implements ServiceTaskPlugin {
    final List<String> customers = new CopyOnWriteArrayList<>();

    @Override
    public PluginDefinition definition() {
      return PluginDefinition.builder("loyaltyPoints").name("Loyalty points")
          .description("How many loyalty points a customer has.")
          .input(InputField.text("customer").label("Customer").required())
          .agentTool().build();
    }

    @Override
    public PluginResult execute(PluginContext context) {
      String customer = context.text("customer").orElseThrow();
      customers.add(customer + "@" + context.businessId().orElse("none"));
      return PluginResult.builder().reply(customer + " has " + (customer.length() * 40)
          + " loyalty points.").build();
    }
  }

  /** Refunds every order: a plugin for diagrams only, never for an agent. */
  static final class RefundPlugin implements ServiceTaskPlugin {
    final AtomicInteger runs = new AtomicInteger();

    @Override
    public PluginDefinition definition() {
      return PluginDefinition.builder("refundEverything").name("Refund everything").build();
    }

    @Override
    public PluginResult execute(PluginContext context) {
      runs.incrementAndGet();
      return PluginResult.builder().output("refunded", true).build();
    }
  }

  /** Every tool call, from whichever thread the conversation's turn ran on. */
  static final class ToolCalls {
    final List<AgentToolCalled> calls = new CopyOnWriteArrayList<>();

    @EventListener
    void on(AgentToolCalled call) {
      calls.add(call);
    }
  }

  @TestConfiguration
  static class Beans {
    @Bean
    ToolCalls toolCalls() {
      return new ToolCalls();
    }

    @Bean
    ScriptedAgentModel scriptedAgentModel() {
      return new ScriptedAgentModel();
    }

    @Bean
    LoyaltyPlugin loyaltyPlugin() {
      return new LoyaltyPlugin();
    }

    @Bean
    RefundPlugin refundPlugin() {
      return new RefundPlugin();
    }
  }

  private static final String QUESTION = "How much is the Margherita?";

  @Autowired TestRestTemplate http;
  @Autowired ScriptedAgentModel model;
  @Autowired ProcessStudio studio;
  @Autowired ToolCalls toolCalls;
  @Autowired LoyaltyPlugin loyalty;
  @Autowired RefundPlugin refund;

  private ChatApi api;

  @BeforeEach
  void offerTheLoyaltyToolInTheDedicatedChat() throws Exception {
    api = new ChatApi(http);
    if (studio.latest("dedicated-chat").orElseThrow().version() > 1) {
      return;
    }
    String xml = Files.readString(Path.of("processes", "dedicated-chat.bpmn"))
        .replace("name=\"tools\" value=\"openingHours,", "name=\"tools\" value=\"loyaltyPoints,"
            + "openingHours,");
    DeployResult deployed = studio.deploy(xml, "test");
    assertThat(deployed.problems()).isEmpty();
  }

  @Test
  void theAgentCallsAPluginMarkedAsAToolAndItsAnswerReachesTheCustomer() {
    model.script(request -> toolResults(request).isEmpty()
        ? call("loyaltyPoints", "{\"customer\":\"Ana\"}")
        : AiMessage.from("Good news: " + toolResults(request).get(0).text()));
    String conversation = api.start(MARIOS);

    ChatApi.Reply reply = api.say(conversation, QUESTION);

    assertThat(reply.text()).contains("Good news: Ana has 120 loyalty points.");
    assertThat(loyalty.customers).containsExactly("Ana@" + MARIOS);
    assertThat(offered()).contains("loyaltyPoints", "catalog").doesNotContain("refundEverything");
    assertThat(calls(conversation)).containsExactly("loyaltyPoints RAN");
  }

  @Test
  void aPluginThatIsNotAToolIsRefusedAndNeverRuns() {
    model.script(request -> toolResults(request).isEmpty()
        ? call("refundEverything", "{}")
        : AiMessage.from("I tried: " + toolResults(request).get(0).text()));
    String conversation = api.start(MARIOS);

    ChatApi.Reply reply = api.say(conversation, QUESTION);

    assertThat(refund.runs).hasValue(0);
    assertThat(reply.text()).contains("I tried: The tool refundEverything is not available here.");
    assertThat(calls(conversation)).containsExactly("refundEverything NOT_OFFERED");
  }

  @Test
  void aSetVariablesTaskWithAMalformedLineIsRefusedAtDeployWithTheTaskNamed() throws Exception {
    String xml = Files.readString(Path.of("processes", "dedicated-chat.bpmn")).replace(
        "<camunda:property name=\"plugin\" value=\"discardBooking\" />",
        "<camunda:property name=\"plugin\" value=\"setVariables\" />"
            + "<camunda:property name=\"assignments\" value=\"total = ${price}&#10;oops\" />");

    List<DiagramProblem> problems = studio.validate(xml);

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isNotNull();
      assertThat(problem.message()).contains("setVariables")
          .contains("'Assignments' does not have the expected form");
    });
  }

  private List<String> offered() {
    return model.requests.stream().flatMap(request -> request.toolSpecifications().stream())
        .map(ToolSpecification::name).distinct().toList();
  }

  private List<String> calls(String conversation) {
    return toolCalls.calls.stream()
        .filter(call -> conversation.equals(call.conversationId()))
        .map(call -> call.tool() + " " + call.outcome()).toList();
  }
}
