package ai.xseven.agent;

import dev.langchain4j.model.chat.ChatModel;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A named model the router can send a call to.
 *
 * @param provider {@code openai}, {@code ollama} or {@code offline}
 * @param inputPrice US cents per million prompt tokens
 * @param outputPrice US cents per million completion tokens
 */
record ModelTier(String name, String provider, String modelName, ChatModel model,
    BigDecimal inputPrice, BigDecimal outputPrice) {

  static final String OFFLINE = "offline";

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  boolean offline() {
    return OFFLINE.equals(provider);
  }

  BigDecimal costCents(int promptTokens, int completionTokens) {
    return inputPrice.multiply(BigDecimal.valueOf(promptTokens))
        .add(outputPrice.multiply(BigDecimal.valueOf(completionTokens)))
        .divide(MILLION, 6, RoundingMode.HALF_UP);
  }
}
