package ai.xseven.agent;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code xseven.llm.*}: the model tiers the router chooses from, the order it falls over in, and
 * the price table. Keys and URLs come from the environment only (see {@code application.yml}).
 *
 * @param provider the shortcut {@code XSEVEN_LLM_PROVIDER}: the provider of every tier that does
 *     not name its own ({@code offline}, {@code openai} or {@code ollama})
 * @param timeout the timeout of a tier that does not set its own
 * @param chain the fall-over order, e.g. {@code large, small, offline}; the offline model always
 *     ends it
 * @param models the tiers by name ({@code large}, {@code small}); blank fields take the provider's
 *     defaults below
 * @param prices US cents per million input and output tokens, by model name; a tier's own price
 *     wins
 */
@ConfigurationProperties("xseven.llm")
record LlmProperties(
    String provider,
    Duration timeout,
    List<String> chain,
    Map<String, Tier> models,
    Map<String, Price> prices,
    Provider openai,
    Provider ollama) {

  LlmProperties {
    chain = chain == null ? List.of() : List.copyOf(chain);
    models = models == null ? Map.of() : Map.copyOf(models);
    prices = prices == null ? Map.of() : Map.copyOf(prices);
  }

  /** A provider's defaults, used by the tiers that run on it. */
  record Provider(String baseUrl, String apiKey, String model, Double temperature) {}

  /**
   * One tier. {@code maxRetries} is the provider client's own retries, 0 by default: the chain is
   * the retry, and a client retrying a 429 or a timeout only makes the customer wait longer.
   */
  record Tier(
      String provider,
      String baseUrl,
      String apiKey,
      String model,
      Double temperature,
      Duration timeout,
      Integer maxRetries,
      BigDecimal inputPrice,
      BigDecimal outputPrice) {}

  /** US cents per million tokens. */
  record Price(BigDecimal input, BigDecimal output) {}
}
