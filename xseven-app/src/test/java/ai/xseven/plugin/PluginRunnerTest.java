package ai.xseven.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PluginRunnerTest {

  private final PluginPolicy policy = mock(PluginPolicy.class);
  private final PluginRunner runner = new PluginRunner(mock(PluginSecrets.class), policy);

  @AfterEach
  void stop() {
    runner.destroy();
  }

  private static PluginCall call() {
    return new PluginCall("c-1", null, "Task_Slow", Map.of(), name -> null);
  }

  @Test
  void aJarPluginThatOutlivesItsTimeoutIsStoppedAndNamed() throws Exception {
    when(policy.check(any(), any())).thenReturn(PluginVerdict.allow());
    CountDownLatch interrupted = new CountDownLatch(1);
    LambdaPlugin slow = new LambdaPlugin(PluginDefinition.builder("slowLookup")
        .timeout(Duration.ofMillis(200)).build(), context -> {
          try {
            new CountDownLatch(1).await(); // until stopped
          } catch (InterruptedException stopped) {
            interrupted.countDown();
          }
          return PluginResult.builder().build();
        });

    assertThatThrownBy(() -> runner.run(slow.fromJar(), call()))
        .isInstanceOf(PluginException.class)
        .hasMessage("Task Task_Slow (plugin slowLookup) took longer than its timeout of 200 ms and "
            + "was stopped.");
    assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the plugin's thread is interrupted")
        .isTrue();
  }

  @Test
  void aPluginThePolicyRefusesDoesNotRun() {
    when(policy.check(any(), any())).thenReturn(PluginVerdict.refuse(
        "Mario's Italian may not use the plugin loyaltyPoints: not on its allow-list."));
    boolean[] ran = {false};
    LambdaPlugin loyalty = new LambdaPlugin(PluginDefinition.builder("loyaltyPoints").build(),
        context -> {
          ran[0] = true;
          return PluginResult.builder().build();
        });

    assertThatThrownBy(() -> runner.run(loyalty.fromJar(), call()))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("Task Task_Slow (plugin loyaltyPoints) is not allowed: Mario's "
            + "Italian may not use the plugin loyaltyPoints");
    assertThat(ran[0]).isFalse();
  }
}
