package ai.xseven.guardrail;

import ai.xseven.business.BusinessProfile;
import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
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
  public String name() {
    return "checkMessage";
  }

  @Override
  public String description() {
    return "Input guardrails: allows, masks, blocks or escalates the customer's message.";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of(
        PluginParameter.required("message", String.class, "The customer's message."),
        PluginParameter.optional("channel", String.class, "dedicated, dashboard or global."),
        PluginParameter.optional("businessId", String.class, "The business answering."));
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of(
        PluginParameter.required("message", String.class, "The message, masked if redacted."),
        PluginParameter.required("messageVerdict", String.class,
            "allow, redact, block or escalate."),
        PluginParameter.required("guardrailReason", String.class,
            "The decisive rule's reason, or null."));
  }

  @Override
  public PluginResult execute(PluginContext context) {
    BusinessProfile business =
        facts.profile(context.input("businessId", String.class).orElse(null)).orElse(null);
    GuardrailVerdict verdict =
        guardrail.check(context.require("message", String.class),
            context.input("channel", String.class).orElse("dedicated"),
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
