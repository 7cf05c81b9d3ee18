package ai.xseven.plugin;

import ai.xseven.sdk.BusinessError;
import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Plugins for the governance tests, installed as beans: {@code testIntegration} (governed when
 * the test sets {@code xseven.plugins.integrations=testIntegration}), {@code secretEcho} (writes
 * the secret its field names to {@code secretSeen}), {@code flakyBooking} (fails while
 * {@link #BOOKING_FAILS}) and {@code cardPayment} (always a {@code CARD_DECLINED} business error).
 */
@TestConfiguration
public class GovernanceTestPlugins {

  public static final AtomicBoolean BOOKING_FAILS = new AtomicBoolean(true);
  public static final String BOOKING_FAILURE = "The booking system did not answer.";

  @Bean
  ServiceTaskPlugin testIntegration() {
    return new LambdaPlugin(PluginDefinition.builder("testIntegration").name("Test integration")
        .description("Sends a request out.").build(), context -> PluginResult.builder()
        .output("integrated", true).build());
  }

  @Bean
  ServiceTaskPlugin secretEcho() {
    return new LambdaPlugin(PluginDefinition.builder("secretEcho")
        .input(InputField.secret("token").required()).build(),
        context -> PluginResult.builder().output("secretSeen", context.secret("token")).build());
  }

  @Bean
  ServiceTaskPlugin flakyBooking() {
    return new LambdaPlugin(PluginDefinition.builder("flakyBooking").build(), context -> {
      if (BOOKING_FAILS.get()) {
        throw new PluginException(BOOKING_FAILURE);
      }
      return PluginResult.builder().output("booked", true).build();
    });
  }

  @Bean
  ServiceTaskPlugin cardPayment() {
    return new LambdaPlugin(PluginDefinition.builder("cardPayment").build(), context -> {
      throw new BusinessError("CARD_DECLINED", "The card was declined.");
    });
  }
}
