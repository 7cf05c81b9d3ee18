package ai.xseven.guardrail;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import ai.xseven.process.AssistantReplied.GuardrailNote;
import ai.xseven.process.ReplyDrafts;
import ai.xseven.process.ReplyDrafts.Draft;
import ai.xseven.rules.Decision;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The output guardrail as a service task: every reply drafted in this turn passes it before it is
 * sent. A reply the rules want regenerated goes back to the agent task with the rule's feedback,
 * at most {@code maxRegenerations} times, then the customer gets a safe fallback; a blocked reply
 * is replaced by the fallback; an escalation hands the conversation to staff.
 */
@Component
class CheckReplyPlugin implements ServiceTaskPlugin {

  /** Replies this plugin's own regeneration loop can have written again. */
  static final String REGENERABLE = "agentReply";

  private final OutputGuardrail guardrail;
  private final ReplyDrafts drafts;
  private final ConversationFacts facts;
  private final GuardrailProperties properties;

  CheckReplyPlugin(OutputGuardrail guardrail, ReplyDrafts drafts, ConversationFacts facts,
      GuardrailProperties properties) {
    this.guardrail = guardrail;
    this.drafts = drafts;
    this.facts = facts;
    this.properties = properties;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("checkReply")
        .name("Check reply")
        .description("Output guardrails: sends, regenerates, replaces or escalates the drafted replies.")
        .reads(List.of(
        Variable.optional("message", String.class, "The customer's message."),
        Variable.optional("businessId", String.class, "The business answering."),
        Variable.optional("replyAttempts", Integer.class,
            "Regenerations so far in this turn."),
        Variable.optional("regeneratedBy", String.class,
            "The rules that asked for the regenerations so far, one per line.")))
        .writes(List.of(
        Variable.required("replyVerdict", String.class, "sent, regenerate or escalate."),
        Variable.required("replyFeedback", String.class,
            "What the agent must fix when regenerating, else null."),
        Variable.required("replyAttempts", Integer.class, "Regenerations so far."),
        Variable.required("regeneratedBy", String.class,
            "The rules that asked for regeneration, while the loop lasts."),
        Variable.required("guardrailReason", String.class, "Why, for an escalation.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    String businessId = context.variable("businessId", String.class).orElse(null);
    List<Draft> pending = drafts.take(context.conversationId());
    // Business data and documents are read only when there is something to judge.
    ReplyContext replyContext = pending.isEmpty() ? null
        : facts.replyContext(businessId, context.variable("message", String.class).orElse(null));
    int attempts = context.variable("replyAttempts", Integer.class).orElse(0);
    List<String> regeneratedBy = new ArrayList<>();
    context.variable("regeneratedBy", String.class)
        .ifPresent(rules -> regeneratedBy.addAll(List.of(rules.split("\n"))));
    String verdict = "sent";
    String feedback = null;
    String reason = null;
    for (Draft draft : pending) {
      GuardrailVerdict checked = guardrail.check(draft.text(), replyContext);
      Decision decision = checked.decision();
      if (decision == Decision.ESCALATE) {
        verdict = "escalate";
        reason = checked.reason();
      } else if (decision == Decision.REGENERATE && REGENERABLE.equals(draft.plugin())
          && attempts < properties.maxRegenerations()) {
        verdict = "regenerate";
        feedback = checked.reason();
        regeneratedBy.addAll(checked.rules());
      } else if (decision == Decision.ALLOW || decision == Decision.REDACT) {
        send(context, draft, checked.text(), note(checked, regeneratedBy));
      } else {
        send(context, draft, facts.fallback(businessId), note(checked, regeneratedBy));
      }
    }
    boolean again = "regenerate".equals(verdict);
    return PluginResult.builder()
        .output("replyVerdict", verdict)
        .output("replyFeedback", feedback)
        .output("replyAttempts", again ? attempts + 1 : 0)
        .output("regeneratedBy", again ? String.join("\n", regeneratedBy) : null)
        .output("guardrailReason", reason)
        .build();
  }

  /** A reply that needed regenerating says so in the transcript, with the rules that asked. */
  private static GuardrailNote note(GuardrailVerdict checked, List<String> regeneratedBy) {
    if (regeneratedBy.isEmpty() || checked.decision().compareTo(Decision.REGENERATE) > 0) {
      return new GuardrailNote(checked.decision().name(), checked.rules(), checked.reason());
    }
    List<String> rules = new ArrayList<>(regeneratedBy);
    rules.addAll(checked.rules());
    return new GuardrailNote(Decision.REGENERATE.name(), rules, checked.reason());
  }

  private void send(PluginContext context, Draft draft, String text, GuardrailNote note) {
    drafts.send(context.conversationId(), draft.taskId(), text, note);
  }
}
