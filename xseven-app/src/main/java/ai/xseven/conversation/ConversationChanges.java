package ai.xseven.conversation;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects the conversations a transaction touched and announces each once after it commits, so a
 * watcher (the studio) never reads a state that is rolled back, nor refreshes once per line.
 */
@Component
class ConversationChanges {

  private final ApplicationEventPublisher events;

  ConversationChanges(ApplicationEventPublisher events) {
    this.events = events;
  }

  void touched(Conversation conversation) {
    ConversationChanged change = new ConversationChanged(conversation.id, conversation.businessId);
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      events.publishEvent(change);
      return;
    }
    // The synchronizations belong to the current transaction (a suspended one keeps its own).
    TransactionSynchronizationManager.getSynchronizations().stream()
        .filter(AfterCommit.class::isInstance)
        .map(AfterCommit.class::cast)
        .filter(sync -> sync.owner() == this)
        .findFirst()
        .orElseGet(() -> {
          AfterCommit sync = new AfterCommit();
          TransactionSynchronizationManager.registerSynchronization(sync);
          return sync;
        })
        .changes.add(change);
  }

  private class AfterCommit implements TransactionSynchronization {

    final Set<ConversationChanged> changes = new LinkedHashSet<>();

    ConversationChanges owner() {
      return ConversationChanges.this;
    }

    @Override
    public void afterCommit() {
      changes.forEach(events::publishEvent);
    }
  }
}
