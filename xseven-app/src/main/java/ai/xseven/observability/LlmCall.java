package ai.xseven.observability;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One attempt of one LLM call. A call that fell over is several attempts with the same
 * {@code callId}: the failed ones, then the one that answered ({@code fallbackFrom} names the tier
 * it fell over from).
 *
 * @param conversationId null for a call outside a conversation
 * @param elementId the BPMN element that made the call, e.g. {@code Task_Answer}
 * @param tier the configured tier, e.g. {@code large}, {@code small}, {@code offline}
 * @param provider {@code openai}, {@code ollama} or {@code offline}
 * @param routeReason why the routing rules chose the tier the call started at
 * @param promptTokens as the provider reported them; estimated (chars / 4) for the offline model
 * @param costCents US cents, from the tier's price per million tokens
 * @param error why the attempt failed; null when it answered
 */
public record LlmCall(
    UUID id,
    UUID callId,
    int attempt,
    UUID conversationId,
    UUID businessId,
    String elementId,
    String tier,
    String provider,
    String model,
    String routeReason,
    int promptTokens,
    int completionTokens,
    long latencyMs,
    BigDecimal costCents,
    Outcome outcome,
    String error,
    String fallbackFrom,
    Instant createdAt) {

  public enum Outcome {
    /** Answered at the first attempt. */
    OK,
    /** Answered after one or more earlier attempts of the call failed. */
    FALLBACK,
    /** Failed: an error, a timeout, a rate limit, a malformed or content-filtered response. */
    FAILED;

    /** As stored and as the API shows it: {@code ok}, {@code fallback}, {@code failed}. */
    @JsonValue
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
