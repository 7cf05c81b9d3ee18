package ai.xseven.conversation;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ConversationRepository extends JpaRepository<Conversation, UUID> {

  /** Serialises the turns of one conversation across threads and nodes. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Conversation c where c.id = ?1")
  Optional<Conversation> lock(UUID id);
}

interface MessageRepository extends JpaRepository<Message, UUID> {

  List<Message> findByConversationIdOrderBySeq(UUID conversationId);

  Optional<Message> findByConversationIdAndClientMessageId(UUID conversationId, String clientId);

  boolean existsByDedupKey(String dedupKey);

  Optional<Message> findFirstByConversationIdAndRoleOrderBySeqDesc(UUID conversationId,
      Message.Role role);

  /** The assistant's replies to the user message at {@code seq}: up to the next user message. */
  @Query(
      """
      select m from Message m where m.conversationId = ?1 and m.seq > ?2 and m.role = 'ASSISTANT'
      and m.seq < coalesce((select min(n.seq) from Message n where n.conversationId = ?1
                            and n.seq > ?2 and n.role = 'USER'), 2147483647)
      order by m.seq""")
  List<Message> findRepliesTo(UUID conversationId, int seq);
}

interface OwnerNotificationRepository extends JpaRepository<OwnerNotification, UUID> {

  List<OwnerNotification> findByBusinessIdOrderByCreatedAtDesc(UUID businessId);

  boolean existsByDedupKey(String dedupKey);
}
