package ai.xseven.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.sdk.BusinessError;
import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PluginHarnessTest {

  /** A plugin whose run the test writes, with one field of each kind. */
  private static ServiceTaskPlugin plugin(Duration timeout, PluginBody body) {
    return new ServiceTaskPlugin() {
      @Override
      public PluginDefinition definition() {
        return PluginDefinition.builder("sample")
            .input(InputField.text("greeting").label("Greeting").required().maxLength(20))
            .input(InputField.number("count").label("Count").min(1).max(3).defaultValue("2"))
            .input(InputField.choice("mood", "calm", "cheerful").label("Mood"))
            .input(InputField.expression("amount").label("Amount"))
            .input(InputField.secret("token").label("Token"))
            .timeout(timeout)
            .build();
      }

      @Override
      public PluginResult execute(PluginContext context) throws Exception {
        return body.run(context);
      }
    };
  }

  interface PluginBody {
    PluginResult run(PluginContext context) throws Exception;
  }

  private static PluginHarness harness(Function<PluginContext, PluginResult> body) {
    return PluginHarness.of(plugin(Duration.ofSeconds(5), body::apply));
  }

  @Test
  void thePluginSeesItsFieldsWithDefaultsVariablesAndTheBusiness() {
    PluginRun run = harness(context -> PluginResult.builder()
        .output("line", context.text("greeting").orElseThrow() + " x" + context.number("count")
            .orElseThrow() + " for " + context.businessId().orElseThrow() + " in "
            + context.taskId())
        .output("amountType", context.value("amount").orElseThrow().getClass().getSimpleName())
        .output("name", context.require("customerName", String.class))
        .turnOutput("basket", java.util.List.of("tea"))
        .reply("Hi").build())
        .field("greeting", "Hello").field("amount", 42).variable("customerName", "Ana")
        .businessId("b-1").taskId("Task_Greet").run();

    assertThat(run.output("line")).contains("Hello x2 for b-1 in Task_Greet");
    assertThat(run.output("amountType")).contains("Integer");
    assertThat(run.output("name")).contains("Ana");
    assertThat(run.output("basket")).contains(java.util.List.of("tea"));
    assertThat(run.replies()).containsExactly("Hi");
    assertThat(run.businessError()).isEmpty();
  }

  @Test
  void invalidFieldsAreRefusedWithThePlatformsSentencesBeforeThePluginRuns() {
    PluginHarness harness = harness(context -> {
      throw new AssertionError("The plugin ran with invalid fields");
    }).field("count", "7").field("mood", "grumpy").field("token", "not a name!");

    assertThat(harness.problems()).containsExactly(
        "'Greeting' is required.",
        "'Count' must be at most 3.",
        "'Mood' must be one of calm, cheerful, not 'grumpy'.",
        "'Token' takes the name of a secret (letters, digits, . _ -), never the secret itself.");
    assertThatThrownBy(harness::run).isInstanceOf(PluginException.class)
        .hasMessage("Task Task_UnderTest (plugin sample): 'Greeting' is required. 'Count' must "
            + "be at most 3. 'Mood' must be one of calm, cheerful, not 'grumpy'. 'Token' takes "
            + "the name of a secret (letters, digits, . _ -), never the secret itself.");
  }

  @Test
  void aFieldThePluginDoesNotDeclareIsAMistakeOfTheTest() {
    assertThatThrownBy(() -> harness(context -> null).field("greting", "Hi"))
        .hasMessageContaining("no field 'greting'").hasMessageContaining("greeting");
  }

  @Test
  void secretsAreResolvedByTheNameTheFieldGives() {
    PluginHarness harness = harness(context -> PluginResult.builder()
        .output("secret", context.secret("token")).build())
        .field("greeting", "Hi").field("token", "crm.api-key");

    assertThatThrownBy(harness::run).isInstanceOf(PluginException.class)
        .hasMessage("The secret 'crm.api-key' is not defined: set the environment variable "
            + "XSEVEN_SECRET_CRM_API_KEY or store it in the studio.");
    assertThat(harness.secret("crm.api-key", "k-123").run().output("secret")).contains("k-123");
  }

  @Test
  void aBusinessErrorIsTheRunsOutcome() {
    PluginRun run = harness(context -> {
      throw new BusinessError("NO_TABLE", "No table is free.");
    }).field("greeting", "Hi").run();

    assertThat(run.businessError()).map(BusinessError::code).contains("NO_TABLE");
    assertThat(run.outputs()).isEmpty();
    assertThat(run.replies()).isEmpty();
  }

  @Test
  void aTechnicalFailureIsThrownAsThePlatformWouldRetryIt() {
    PluginHarness harness = PluginHarness.of(plugin(Duration.ofSeconds(5), context -> {
      throw new IOException("connection refused");
    })).field("greeting", "Hi");

    assertThatThrownBy(harness::run).isInstanceOf(PluginException.class)
        .hasMessage("Task Task_UnderTest (plugin sample) failed: IOException: connection refused").hasRootCauseInstanceOf(IOException.class);
  }

  @Test
  void aRunPastTheDefinitionsTimeoutIsStoppedAndInterrupted() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    PluginHarness harness = PluginHarness.of(plugin(Duration.ofSeconds(1), context -> {
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      return PluginResult.builder().build();
    })).field("greeting", "Hi");

    assertThatThrownBy(harness::run).isInstanceOf(PluginException.class)
        .hasMessage("Task Task_UnderTest (plugin sample) took longer than its timeout of 1 s "
            + "and was stopped.");
    interrupted.await();
  }
}
