package ai.xseven.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ai.xseven.sdk.BusinessError;
import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class PluginToolsTest {

  /** A tool that looks up loyalty points, and says what it was given. */
  static final class Loyalty implements ServiceTaskPlugin {
    final List<PluginContext> calls = new ArrayList<>();

    @Override
    public PluginDefinition definition() {
      return PluginDefinition.builder("loyaltyPoints").name("Loyalty points")
          .description("How many points a customer has.")
          .input(InputField.text("customer").label("Customer").required()
              .description("The customer's name."))
          .input(InputField.number("year").min(2000).max(2100))
          .input(InputField.bool("detailed"))
          .input(InputField.choice("unit", "points", "euros").defaultValue("points"))
          .input(InputField.expression("note").description("Anything else."))
          .input(InputField.secret("apiKey").defaultValue("loyalty.key").required())
          .agentTool()
          .build();
    }

    @Override
    public PluginResult execute(PluginContext context) {
      calls.add(context);
      if (context.text("customer").orElseThrow().equals("Nobody")) {
        throw new BusinessError("NO_SUCH_CUSTOMER", "Nobody has no card.");
      }
      return PluginResult.builder().reply("Ana has 120 points.")
          .output("points", 120).turnOutput("history", List.of(100, 20)).build();
    }
  }

  /** A plugin that is not a tool. */
  static final class Refund implements ServiceTaskPlugin {
    int runs;

    @Override
    public PluginDefinition definition() {
      return PluginDefinition.builder("refundEverything").build();
    }

    @Override
    public PluginResult execute(PluginContext context) {
      runs++;
      return PluginResult.builder().build();
    }
  }

  private final Loyalty loyalty = new Loyalty();
  private final Refund refund = new Refund();
  private final PluginPolicy policy = mock(PluginPolicy.class);
  private final PluginSecrets secrets = mock(PluginSecrets.class);
  private final PluginTools tools = tools();

  private PluginTools tools() {
    PluginRegistry registry = new PluginRegistry(List.of(loyalty, refund),
        Path.of("target/no-plugins-here"));
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("registry", registry);
    when(policy.check(any(), any())).thenReturn(PluginVerdict.allow());
    when(policy.check(eq("closed-shop"), any()))
        .thenReturn(PluginVerdict.refuse("not on the allow-list"));
    when(secrets.find(anyString(), any())).thenReturn(Optional.of("the-key"));
    return new PluginTools(beans.getBeanProvider(PluginRegistry.class),
        new PluginRunner(secrets, policy), policy, new ObjectMapper());
  }

  @Test
  void theSpecificationHasAParameterPerFieldButSecrets() {
    ToolSpecification spec = PluginTools.specification(loyalty.definition());

    assertThat(spec.name()).isEqualTo("loyaltyPoints");
    assertThat(spec.description()).isEqualTo("Loyalty points: How many points a customer has.");
    assertThat(spec.parameters().properties()).containsOnlyKeys("customer", "year", "detailed",
        "unit", "note");
    assertThat(spec.parameters().properties().get("customer")).isInstanceOf(JsonStringSchema.class);
    assertThat(spec.parameters().properties().get("year")).isInstanceOf(JsonNumberSchema.class);
    assertThat(spec.parameters().properties().get("detailed"))
        .isInstanceOf(JsonBooleanSchema.class);
    assertThat(((JsonEnumSchema) spec.parameters().properties().get("unit")).enumValues())
        .containsExactly("points", "euros");
    assertThat(spec.parameters().properties().get("note")).isInstanceOf(JsonStringSchema.class);
    assertThat(((JsonNumberSchema) spec.parameters().properties().get("year")).description())
        .contains("from 2000 to 2100");
    assertThat(spec.parameters().required()).containsExactly("customer");
  }

  @Test
  void aPluginNotMarkedAsAToolHasNoSpecificationAndIsNeverOffered() {
    assertThatThrownBy(() -> PluginTools.specification(refund.definition()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not marked");
    assertThat(tools.offerable("refundEverything", "b-1")).isEmpty();
    assertThat(tools.offerable("loyaltyPoints", "b-1")).isPresent();
    assertThat(tools.offerable("loyaltyPoints", "closed-shop")).isEmpty();
    assertThat(tools.toolIds()).containsExactly("loyaltyPoints");
  }

  @Test
  void aToolCallRunsThePluginWithTheArgumentsAndAnswersItsRepliesAndOutputs() {
    PluginTools.Answer answer = tools.call("loyaltyPoints",
        "{\"customer\":\"Ana\",\"year\":2026,\"detailed\":true,\"apiKey\":\"OTHER\"}",
        "conv-1", "b-1");

    assertThat(answer.outcome()).isEqualTo(PluginTools.Outcome.RAN);
    assertThat(answer.text()).isEqualTo("Ana has 120 points.\n{\"points\":120,\"history\":[100,20]}");
    PluginContext context = loyalty.calls.get(0);
    assertThat(context.taskId()).isEqualTo(PluginTools.TASK_ID);
    assertThat(context.text("year")).contains("2026");
    assertThat(context.flag("detailed")).isTrue();
    assertThat(context.text("unit")).contains("points");
    // The model cannot choose the secret: the field keeps its default.
    assertThat(context.text("apiKey")).contains("loyalty.key");
    assertThat(context.variable("businessId", String.class)).contains("b-1");
    assertThat(context.variable("conversationId", String.class)).contains("conv-1");
    assertThat(context.variable("customerContact", String.class)).isEmpty();
  }

  @Test
  void refusalsBusinessErrorsAndBadArgumentsAreSentencesNotExceptions() {
    PluginTools.Answer notATool = tools.call("refundEverything", "{}", "conv-1", "b-1");
    PluginTools.Answer refused = tools.call("loyaltyPoints", "{\"customer\":\"Ana\"}", "conv-1",
        "closed-shop");
    PluginTools.Answer business = tools.call("loyaltyPoints", "{\"customer\":\"Nobody\"}",
        "conv-1", "b-1");
    PluginTools.Answer outOfRange = tools.call("loyaltyPoints",
        "{\"customer\":\"Ana\",\"year\":1900}", "conv-1", "b-1");
    PluginTools.Answer notJson = tools.call("loyaltyPoints", "customer=Ana", "conv-1", "b-1");

    assertThat(notATool).isEqualTo(new PluginTools.Answer(PluginTools.Outcome.REFUSED,
        "The tool refundEverything is not available here."));
    assertThat(refund.runs).isZero();
    assertThat(refused.outcome()).isEqualTo(PluginTools.Outcome.REFUSED);
    assertThat(business).isEqualTo(new PluginTools.Answer(PluginTools.Outcome.RAN,
        "The tool loyaltyPoints answered NO_SUCH_CUSTOMER: Nobody has no card."));
    assertThat(outOfRange.outcome()).isEqualTo(PluginTools.Outcome.FAILED);
    assertThat(outOfRange.text()).contains("must be at least 2000");
    assertThat(notJson.text()).contains("the arguments are not a JSON object");
    assertThat(loyalty.calls).hasSize(1);
  }
}
