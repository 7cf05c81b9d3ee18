package ai.xseven.integration;

import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginContext;
import java.math.BigDecimal;
import java.time.Duration;

/** The input fields both HTTP plugins have, declared once. */
final class HttpFields {

  static final String URL = "url";
  static final String TIMEOUT = "timeoutSeconds";

  private HttpFields() {}

  static InputField.Builder url() {
    return InputField.expression(URL).label("URL").required().maxLength(2000)
        .description("An http(s) URL on the allow-list (xseven.plugins.http.allowed-urls), "
            + "e.g. https://api.example.com/orders/${orderId}.");
  }

  static InputField.Builder timeout() {
    return InputField.number(TIMEOUT).label("Timeout (seconds)").min(1).max(60)
        .defaultValue("10")
        .description("How long to wait for the whole answer before the task fails and is "
            + "retried.");
  }

  static Duration timeout(PluginContext context) {
    return Duration.ofMillis(context.number(TIMEOUT).orElseThrow()
        .multiply(BigDecimal.valueOf(1000)).longValue());
  }
}
