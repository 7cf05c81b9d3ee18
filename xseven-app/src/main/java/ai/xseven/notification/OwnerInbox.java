package ai.xseven.notification;

/**
 * Where owner alerts are kept for the owner to read: implemented by the conversation feature
 * (its owner notifications), so this feature needs no knowledge of how owners read them.
 */
public interface OwnerInbox {

  /** Stores the alert unless one with the same dedup key is already stored. */
  void store(OwnerAlert alert);
}
