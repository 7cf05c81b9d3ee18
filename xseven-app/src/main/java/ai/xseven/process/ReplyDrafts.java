package ai.xseven.process;

import ai.xseven.process.AssistantReplied.GuardrailNote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Replies written by service tasks wait here, within the turn's transaction, until an output
 * guardrail task lets them through. A reply still waiting at commit (a path of a diagram without
 * an output guardrail task) goes through the {@link UncheckedReplies} net: nothing reaches a
 * customer unchecked.
 */
@Component
public class ReplyDrafts {

  /**
   * A reply a task wrote and nobody has checked yet.
   *
   * @param plugin the plugin the task ran, so a checker knows which task can write it again
   * @param businessId the business the conversation talks for; null on the global channel
   */
  public record Draft(String taskId, String plugin, String businessId, String text) {}

  private final ApplicationEventPublisher events;
  private final ObjectProvider<UncheckedReplies> net;

  ReplyDrafts(ApplicationEventPublisher events, ObjectProvider<UncheckedReplies> net) {
    this.events = events;
    this.net = net;
  }

  void add(String conversationId, Draft draft) {
    pendingOf(conversationId).add(draft);
  }

  /** Takes the drafts waiting for {@code conversationId}; the caller sends or replaces them. */
  public List<Draft> take(String conversationId) {
    List<Draft> taken = new ArrayList<>(pendingOf(conversationId));
    pendingOf(conversationId).clear();
    return taken;
  }

  /**
   * Sends this conversation's drafts that no output guardrail task took through the net now, at
   * the end of its turn, so the turn's answer holds them (the commit-time net is the fallback).
   */
  void releaseLeft(String conversationId) {
    if (TransactionSynchronizationManager.getResource(this) == null) {
      return;
    }
    List<Draft> left = take(conversationId);
    if (!left.isEmpty()) {
      net.getObject().release(conversationId, left);
    }
  }

  public void send(String conversationId, String taskId, String text, GuardrailNote guardrail) {
    events.publishEvent(new AssistantReplied(conversationId, taskId, text, guardrail));
  }

  private List<Draft> pendingOf(String conversationId) {
    return turn().computeIfAbsent(conversationId, key -> new ArrayList<>());
  }

  @SuppressWarnings("unchecked")
  private Map<String, List<Draft>> turn() {
    Object bound = TransactionSynchronizationManager.getResource(this);
    if (bound != null) {
      return (Map<String, List<Draft>>) bound;
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("Replies are drafted inside the turn's transaction");
    }
    Map<String, List<Draft>> drafts = new LinkedHashMap<>();
    TransactionSynchronizationManager.bindResource(this, drafts);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void beforeCommit(boolean readOnly) {
            drafts.forEach((conversationId, left) -> {
              if (!left.isEmpty()) {
                net.getObject().release(conversationId, List.copyOf(left));
                left.clear();
              }
            });
          }

          @Override
          public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ReplyDrafts.this);
          }
        });
    return drafts;
  }
}
