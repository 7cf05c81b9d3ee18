package ai.xseven.guardrail;

import ai.xseven.rules.RuleResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Guardrail decisions and fired rules as Prometheus series: {@code xseven_guardrail_decisions_total}
 * by stage and decision, {@code xseven_guardrail_rule_fired_total} by stage and rule, and the
 * evaluation time.
 */
@Component
class GuardrailMetrics {

  private final MeterRegistry registry;

  GuardrailMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void record(String stage, RuleResult result, long nanos) {
    Counter.builder("xseven.guardrail.decisions")
        .tag("stage", stage)
        .tag("decision", result.decision().name().toLowerCase())
        .register(registry)
        .increment();
    result.fired().forEach(rule ->
        Counter.builder("xseven.guardrail.rule.fired")
            .tag("stage", stage)
            .tag("rule", rule)
            .register(registry)
            .increment());
    Timer.builder("xseven.guardrail.evaluation")
        .tag("stage", stage)
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }
}
