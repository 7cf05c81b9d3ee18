package ai.xseven.guardrail;

import ai.xseven.process.AssistantReplied.GuardrailNote;
import ai.xseven.process.ReplyDrafts;
import ai.xseven.process.ReplyDrafts.Draft;
import ai.xseven.process.UncheckedReplies;
import ai.xseven.rules.Decision;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The net under diagrams: a reply that reached the end of a turn on a path without an output
 * guardrail task is still checked; anything but allow or redact becomes the safe fallback, since
 * there is no task to regenerate it or hand over to.
 */
@Component
class UncheckedRepliesNet implements UncheckedReplies {

  private static final Logger log = LoggerFactory.getLogger(UncheckedRepliesNet.class);

  private final OutputGuardrail guardrail;
  private final ConversationFacts facts;
  private final ReplyDrafts drafts;

  UncheckedRepliesNet(OutputGuardrail guardrail, ConversationFacts facts, ReplyDrafts drafts) {
    this.guardrail = guardrail;
    this.facts = facts;
    this.drafts = drafts;
  }

  @Override
  public void release(String conversationId, List<Draft> unchecked) {
    for (Draft draft : unchecked) {
      log.debug("Reply of task {} reached the end of the turn unchecked", draft.taskId());
      GuardrailVerdict checked =
          guardrail.check(draft.text(), facts.replyContext(draft.businessId(), null));
      boolean passes =
          checked.decision() == Decision.ALLOW || checked.decision() == Decision.REDACT;
      drafts.send(conversationId, draft.taskId(),
          passes ? checked.text() : facts.fallback(draft.businessId()),
          new GuardrailNote(checked.decision().name(), checked.rules(), checked.reason()));
    }
  }
}
