package ai.xseven.conversation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@Entity
class Message {

  enum Role {
    USER,
    ASSISTANT,
    /** A member of the business's staff, after the conversation was handed over. */
    STAFF,
    NOTIFICATION
  }

  @Id UUID id;
  UUID conversationId;
  int seq;

  @Enumerated(EnumType.STRING)
  Role role;

  String text;
  String clientMessageId;
  String dedupKey;
  Instant createdAt;
  /** What the guardrails decided about this message, and the rules that fired (one per line). */
  String guardrailDecision;
  String guardrailRules;
  /** The decisive guardrail rule's sentence, where one gave it. */
  String guardrailReason;

  protected Message() {}

  Message(Conversation conversation, Role role, String text, Instant now) {
    this.id = UUID.randomUUID();
    this.conversationId = conversation.id;
    this.seq = conversation.nextSeq();
    this.role = role;
    this.text = text;
    // The database keeps microseconds; so does the first answer, and a replay equals it.
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  void guarded(String decision, List<String> rules, String reason) {
    guardrailDecision = decision;
    guardrailRules = rules.isEmpty() ? null : String.join("\n", rules);
    guardrailReason = reason == null || reason.length() <= 1000 ? reason
        : reason.substring(0, 999) + "…";
  }

  GuardrailView toGuardrailView() {
    return new GuardrailView(seq, role.name().toLowerCase(),
        guardrailDecision == null ? null : guardrailDecision.toLowerCase(),
        guardrailRules == null ? List.of() : List.of(guardrailRules.split("\n")), createdAt);
  }

  MessageView toView() {
    return new MessageView(id, role.name().toLowerCase(), text, createdAt);
  }
}
