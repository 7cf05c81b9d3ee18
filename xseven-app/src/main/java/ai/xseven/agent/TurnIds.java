package ai.xseven.agent;

import java.util.UUID;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An id for the current turn. A turn's service tasks run in one transaction, so the id is bound
 * to it: every agent task of the turn (the reply, and a regeneration after the output guardrails)
 * sees the same id, the next turn another. Outside a transaction every call is its own turn.
 */
final class TurnIds {

  private static final Object KEY = new Object();

  private TurnIds() {}

  static String current() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return UUID.randomUUID().toString();
    }
    Object bound = TransactionSynchronizationManager.getResource(KEY);
    if (bound != null) {
      return (String) bound;
    }
    String id = UUID.randomUUID().toString();
    TransactionSynchronizationManager.bindResource(KEY, id);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
      }
    });
    return id;
  }
}
