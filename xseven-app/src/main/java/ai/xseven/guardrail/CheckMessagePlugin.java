package ai.xseven.guardrail;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.business.BusinessProfile;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import ai.xseven.rules.Decision;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The input guardrail as a service task: the first thing a customer message meets. A blocked
 * message is answered with the rule's reason; a redacted one continues masked.
 */
@Component
class CheckMessagePlugin implements ServiceTaskPlugin {

  private final InputGuardrail guardrail;
  private final ConversationFacts facts;
  private final ApplicationEventPublisher events;

  CheckMessagePlugin(InputGuardrail guardrail, ConversationFacts facts,
      ApplicationEventPublisher events) {
    this.guardrail = guardrail;
    this.facts = facts;
    this.events = events;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("checkMessage")
        .name("Check message")
        .description("Input guardrails: allows, masks, blocks or escalates the customer's message.")
        .reads(List.of(
        Variable.required("message", String.class, "The customer's message."),
        Variable.optional("channel", String.class, "dedicated, dashboard or global."),
        Variable.optional("businessId", String.class, "The business answering.")))
        .writes(List.of(
        Variable.required("message", String.class, "The message, masked if redacted."),
        Variable.required("messageVerdict", String.class,
            "allow, redact, block or escalate."),
        Variable.required("guardrailReason", String.class,
            "The decisive rule's reason, or null.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    BusinessProfile business =
        facts.profile(context.variable("businessId", String.class).orElse(null)).orElse(null);
    GuardrailVerdict verdict =
        guardrail.check(context.require("message", String.class),
            context.variable("channel", String.class).orElse("dedicated"),
            business == null ? null : business.kind().name(),
            business == null ? null : business.name());
    events.publishEvent(new MessageChecked(context.conversationId(), verdict.text(),
        verdict.decision().name(), verdict.rules(), verdict.reason()));
    PluginResult.Builder result =
        PluginResult.builder()
            .output("message", verdict.text())
            .output("messageVerdict", verdict.decision().name().toLowerCase())
            .output("guardrailReason", verdict.reason());
    if (verdict.decision() == Decision.BLOCK) {
      result.reply(verdict.reason());
    }
    return result.build();
  }
}
