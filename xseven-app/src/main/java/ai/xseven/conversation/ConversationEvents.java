package ai.xseven.conversation;

import ai.xseven.guardrail.MessageChecked;
import ai.xseven.process.AssistantReplied;
import ai.xseven.workflow.WorkflowStarted;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what the process and the workflows report into transcript lines. Replies arrive inside the
 * turn's transaction (the process runs synchronously); notifications arrive from Temporal
 * activities and get a transaction of their own.
 */
@Component
class ConversationEvents {

  private final ConversationRepository conversations;
  private final MessageRepository messages;
  private final Transcript transcript;
  private final ConversationWorkflows workflows;

  ConversationEvents(ConversationRepository conversations, MessageRepository messages,
      Transcript transcript, ConversationWorkflows workflows) {
    this.conversations = conversations;
    this.messages = messages;
    this.transcript = transcript;
    this.workflows = workflows;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void onReply(AssistantReplied reply) {
    transcript.assistantReply(locked(UUID.fromString(reply.conversationId())), reply.text(),
        reply.guardrail());
  }

  /** The customer's latest message as the input guardrails left it: masked, if it was redacted. */
  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void onMessageChecked(MessageChecked checked) {
    messages.findFirstByConversationIdAndRoleOrderBySeqDesc(
            UUID.fromString(checked.conversationId()), Message.Role.USER)
        .ifPresent(message -> {
          message.text = checked.text();
          message.guarded(checked.decision(), checked.rules(), checked.reason());
        });
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void onWorkflowStarted(WorkflowStarted started) {
    workflows.record(started.conversationId(), started.workflowId());
  }

  private Conversation locked(UUID id) {
    return conversations.lock(id).orElseThrow(() -> ConversationException.notFound(id));
  }
}
