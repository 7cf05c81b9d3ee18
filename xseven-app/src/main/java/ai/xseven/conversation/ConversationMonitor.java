package ai.xseven.conversation;

import ai.xseven.security.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The studio's window on conversations: the live list, one conversation's transcript with its
 * guardrail decisions, and a person taking a conversation over from the assistant. Who may see
 * which business is the caller's rule (the studio session); this class trusts the ids it is given.
 */
@Service
public class ConversationMonitor {

  private static final int LIST_LIMIT = 200;

  private static final String SUMMARY =
      """
      select c.id, c.business_id, c.channel, c.status, c.stage, c.created_at, c.taken_over_by,
        (select max(m.created_at) from message m where m.conversation_id = c.id) as last_message_at,
        (select count(*) from message m where m.conversation_id = c.id
           and m.guardrail_decision is not null and m.guardrail_decision <> 'ALLOW')
           as guardrail_events
      from conversation c
      """;

  private final JdbcClient jdbc;
  private final MessageRepository messages;
  private final ConversationService conversations;
  private final AuditLog audit;

  ConversationMonitor(JdbcClient jdbc, MessageRepository messages,
      ConversationService conversations, AuditLog audit) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.conversations = conversations;
    this.audit = audit;
  }

  /** The latest conversations, most recently active first; of one business or of all. */
  @Transactional(readOnly = true)
  public List<ConversationSummary> list(Optional<UUID> businessId) {
    String order = " order by c.updated_at desc, c.id fetch first " + LIST_LIMIT + " rows only";
    if (businessId.isPresent()) {
      return jdbc.sql(SUMMARY + " where c.business_id = ?" + order)
          .param(businessId.get())
          .query((row, n) -> summary(row))
          .list();
    }
    return jdbc.sql(SUMMARY + order).query((row, n) -> summary(row)).list();
  }

  @Transactional(readOnly = true)
  public Optional<ConversationSummary> find(UUID conversationId) {
    return jdbc.sql(SUMMARY + " where c.id = ?")
        .param(conversationId)
        .query((row, n) -> summary(row))
        .optional();
  }

  @Transactional(readOnly = true)
  public List<TranscriptLine> transcript(UUID conversationId) {
    return messages.findByConversationIdOrderBySeq(conversationId).stream()
        .map(message -> {
          GuardrailView guardrail = message.toGuardrailView();
          return new TranscriptLine(message.seq, guardrail.role(), message.text,
              message.createdAt, guardrail.decision(), guardrail.rules(),
              message.guardrailReason);
        })
        .toList();
  }

  /** {@code user} takes the conversation over; the assistant stays quiet until hand-back. */
  @Transactional
  public void takeOver(UUID conversationId, String user) {
    conversations.takeOver(conversationId, user);
    audit.record(actor(user), "conversation.taken-over", subject(conversationId),
        user + " took the conversation over from the assistant.");
  }

  /** {@code user} answers the customer of a conversation that staff have. */
  @Transactional
  public void reply(UUID conversationId, String user, String text) {
    conversations.staffReply(conversationId, text);
    audit.record(actor(user), "conversation.staff-replied", subject(conversationId),
        user + " replied to the customer.");
  }

  @Transactional
  public void handBack(UUID conversationId, String user) {
    conversations.handBack(conversationId);
    audit.record(actor(user), "conversation.handed-back", subject(conversationId),
        user + " handed the conversation back to the assistant.");
  }

  private static String actor(String user) {
    return "studio:" + user;
  }

  private static String subject(UUID conversationId) {
    return "conversation:" + conversationId;
  }

  private static ConversationSummary summary(ResultSet row) throws SQLException {
    Timestamp last = row.getTimestamp("last_message_at");
    return new ConversationSummary(
        row.getObject("id", UUID.class),
        row.getObject("business_id", UUID.class),
        row.getString("channel"),
        row.getString("status"),
        row.getString("stage"),
        row.getTimestamp("created_at").toInstant(),
        last == null ? null : last.toInstant(),
        row.getInt("guardrail_events"),
        row.getString("taken_over_by"));
  }
}
