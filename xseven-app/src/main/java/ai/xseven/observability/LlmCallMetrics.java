package ai.xseven.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * LLM calls for Prometheus: {@code xseven_llm_calls_total}, {@code xseven_llm_latency_seconds},
 * {@code xseven_llm_tokens_total} and {@code xseven_llm_cost_cents_total}, by tier, provider or
 * model and outcome. Per business and per conversation figures come from {@code llm_call}, not from
 * tags (their number is unbounded).
 */
@Component
class LlmCallMetrics {

  private final MeterRegistry registry;

  LlmCallMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void record(LlmCall call) {
    String outcome = call.outcome().name().toLowerCase(Locale.ROOT);
    Counter.builder("xseven.llm.calls")
        .description("LLM call attempts")
        .tags("tier", call.tier(), "provider", call.provider(), "model", call.model(),
            "outcome", outcome)
        .register(registry)
        .increment();
    Timer.builder("xseven.llm.latency")
        .description("Latency of LLM call attempts")
        .tags("tier", call.tier(), "provider", call.provider(), "outcome", outcome)
        .register(registry)
        .record(Duration.ofMillis(call.latencyMs()));
    tokens(call, "prompt", call.promptTokens());
    tokens(call, "completion", call.completionTokens());
    Counter.builder("xseven.llm.cost")
        .baseUnit("cents")
        .description("What LLM calls cost, in US cents")
        .tags("tier", call.tier(), "model", call.model())
        .register(registry)
        .increment(call.costCents().doubleValue());
  }

  private void tokens(LlmCall call, String kind, int count) {
    Counter.builder("xseven.llm.tokens")
        .description("Tokens of LLM calls (estimated for the offline model)")
        .tags("tier", call.tier(), "model", call.model(), "kind", kind)
        .register(registry)
        .increment(count);
  }
}
