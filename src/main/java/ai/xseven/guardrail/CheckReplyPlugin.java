package ai.xseven.guardrail;

import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
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
  public String name() {
    return "checkReply";
  }

  @Override
  public String description() {
    return "Output guardrails: sends, regenerates, replaces or escalates the drafted replies.";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of(
        PluginParameter.optional("message", String.class, "The customer's message."),
        PluginParameter.optional("businessId", String.class, "The business answering."),
        PluginParameter.optional("replyAttempts", Integer.class,
            "Regenerations so far in this turn."),
        PluginParameter.optional("regeneratedBy", String.class,
            "The rules that asked for the regenerations so far, one per line."));
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of(
        PluginParameter.required("replyVerdict", String.class, "sent, regenerate or escalate."),
        PluginParameter.required("replyFeedback", String.class,
            "What the agent must fix when regenerating, else null."),
        PluginParameter.required("replyAttempts", Integer.class, "Regenerations so far."),
        PluginParameter.required("regeneratedBy", String.class,
            "The rules that asked for regeneration, while the loop lasts."),
        PluginParameter.required("guardrailReason", String.class, "Why, for an escalation."));
  }

  @Override
  public PluginResult execute(PluginContext context) {
    String businessId = context.input("businessId", String.class).orElse(null);
    List<Draft> pending = drafts.take(context.conversationId());
    // Business data and documents are read only when there is something to judge.
    ReplyContext replyContext = pending.isEmpty() ? null
        : facts.replyContext(businessId, context.input("message", String.class).orElse(null));
    int attempts = context.input("replyAttempts", Integer.class).orElse(0);
    List<String> regeneratedBy = new ArrayList<>();
    context.input("regeneratedBy", String.class)
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
