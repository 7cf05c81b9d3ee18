package ai.xseven.conversation;

import ai.xseven.business.BusinessService;
import ai.xseven.process.ConversationProcesses;
import ai.xseven.process.ProcessPosition;
import ai.xseven.rules.Decision;
import ai.xseven.security.Owner;
import ai.xseven.security.OwnerAccess;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversations and their turns. A turn is one transaction: the customer message, the process run
 * to its next wait state, every reply and the outbox frames commit together or not at all.
 */
@Service
public class ConversationService {

  private final ConversationRepository conversations;
  private final MessageRepository messages;
  private final Transcript transcript;
  private final ConversationWorkflows workflows;
  private final ConversationProcesses processes;
  private final BusinessService businesses;
  private final ConversationProperties properties;
  private final OwnerAccess owners;
  private final ConversationChanges changes;
  private final Clock clock;

  ConversationService(ConversationRepository conversations, MessageRepository messages,
      Transcript transcript, ConversationWorkflows workflows, ConversationProcesses processes,
      BusinessService businesses, ConversationProperties properties, OwnerAccess owners,
      ConversationChanges changes, Clock clock) {
    this.conversations = conversations;
    this.messages = messages;
    this.transcript = transcript;
    this.workflows = workflows;
    this.processes = processes;
    this.businesses = businesses;
    this.properties = properties;
    this.owners = owners;
    this.changes = changes;
    this.clock = clock;
  }

  @Transactional
  public ConversationView start(UUID businessId, String channelName) {
    return start(businessId, channelName, null);
  }

  /**
   * Starts a conversation on a channel. The dashboard channel needs {@code owner}, signed in for
   * {@code businessId}; the global channel speaks for no business, so a {@code businessId} sent
   * with it is not used.
   */
  @Transactional
  public ConversationView start(UUID businessId, String channelName, Owner owner) {
    Channel channel =
        Channel.parse(channelName)
            .orElseThrow(() -> ConversationException.invalid(
                "channel must be one of dedicated, dashboard, global."));
    if (!channel.needsBusiness()) {
      businessId = null;
    }
    if (channel.needsBusiness()) {
      if (businessId == null) {
        throw ConversationException.invalid("businessId is required for the " + channelName
            + " channel.");
      }
      UUID wanted = businessId;
      businesses.find(wanted).orElseThrow(() -> ConversationException.businessNotFound(wanted));
    }
    if (channel.needsOwner()) {
      owner = owners.requireOwnerOf(owner, businessId);
    }
    if (!processes.isDeployed(channel.processKey())) {
      throw ConversationException.channelUnavailable(channel.value());
    }
    Conversation conversation = conversations.save(new Conversation(businessId, channel, clock.instant()));
    Map<String, Object> variables = new HashMap<>();
    variables.put("conversationId", conversation.id.toString());
    variables.put("businessId", businessId == null ? null : businessId.toString());
    variables.put("channel", channel.value());
    variables.put("idleTimeout", properties.idleTimeout().toString());
    variables.put("stage", "greeting");
    variables.put("intent", null);
    variables.put("intentKind", null);
    if (owner != null && channel.needsOwner()) {
      variables.put("actor", owner.actor());
    }
    ProcessPosition position =
        processes.start(channel.processKey(), conversation.id.toString(), variables);
    follow(conversation, position);
    changes.touched(conversation);
    return view(conversation, position);
  }

  /**
   * Runs one customer turn. The conversation row is locked first, so turns of one conversation
   * never interleave, on one node or many; a repeated {@code clientMessageId} returns the replies
   * of its first delivery and changes nothing.
   */
  @Transactional
  public TurnResult post(UUID conversationId, String text, String clientMessageId) {
    return post(conversationId, text, clientMessageId, null);
  }

  /** A turn; on the dashboard channel only by the business's signed-in {@code owner}. */
  @Transactional
  public TurnResult post(UUID conversationId, String text, String clientMessageId, Owner owner) {
    if (text == null || text.isBlank()) {
      throw ConversationException.invalid("text must not be empty.");
    }
    if (text.length() > properties.maxMessageChars()) {
      throw ConversationException.tooLong(text.length(), properties.maxMessageChars());
    }
    Conversation conversation =
        conversations.lock(conversationId)
            .orElseThrow(() -> ConversationException.notFound(conversationId));
    authorize(conversation, owner);
    if (clientMessageId != null) {
      Optional<Message> earlier =
          messages.findByConversationIdAndClientMessageId(conversationId, clientMessageId);
      if (earlier.isPresent()) {
        return result(conversation, earlier.get());
      }
    }
    if (conversation.isClosed()) {
      throw ConversationException.closed(conversationId);
    }
    Message user = transcript.userMessage(conversation, text.strip(), clientMessageId);
    if (conversation.isEscalated()) {
      // Staff have the conversation: the message waits for them; the assistant stays quiet.
      conversation.updatedAt = clock.instant();
      return result(conversation, user);
    }
    ProcessPosition position = processes.deliver(conversationId.toString(), user.text);
    follow(conversation, position);
    conversation.lastIntent = position.variable("intent");
    return result(conversation, user);
  }

  @Transactional(readOnly = true)
  public ConversationView get(UUID conversationId) {
    return get(conversationId, null);
  }

  @Transactional(readOnly = true)
  public ConversationView get(UUID conversationId, Owner owner) {
    Conversation conversation =
        conversations.findById(conversationId)
            .orElseThrow(() -> ConversationException.notFound(conversationId));
    authorize(conversation, owner);
    return view(conversation, processes.position(conversationId.toString()));
  }

  /** Mirrors the process's stage onto the conversation; an ended process closes it. */
  private void follow(Conversation conversation, ProcessPosition position) {
    conversation.updatedAt = clock.instant();
    if (position.ended()) {
      conversation.status = Conversation.CLOSED;
      conversation.stage = "closed";
    } else if (conversation.isEscalated()) {
      conversation.stage = Conversation.WITH_STAFF;
    } else if (position.variable("stage") != null) {
      conversation.stage = position.variable("stage");
    }
  }

  /**
   * Staff give the conversation back to the assistant; it waits for the customer again. After a
   * hand-over by the assistant the staff's user task is completed; after a takeover from the
   * studio the process never left the receive task, so only the status changes.
   */
  @Transactional
  public ConversationView handBack(UUID conversationId) {
    Conversation conversation = escalated(conversationId);
    ProcessPosition position = processes.handBack(conversationId.toString());
    if (position == null) {
      position = processes.position(conversationId.toString());
    }
    conversation.status = Conversation.OPEN;
    conversation.takenOverBy = null;
    follow(conversation, position);
    changes.touched(conversation);
    return view(conversation, processes.position(conversationId.toString()));
  }

  /**
   * A studio user takes the conversation over: the assistant stays quiet (customer messages wait
   * for staff, as after the assistant's own hand-over) until they hand it back. Taking over a
   * conversation the assistant already handed over records who has it now.
   */
  @Transactional
  public ConversationView takeOver(UUID conversationId, String user) {
    Conversation conversation =
        conversations.lock(conversationId)
            .orElseThrow(() -> ConversationException.notFound(conversationId));
    if (conversation.isClosed()) {
      throw ConversationException.closed(conversationId);
    }
    conversation.status = Conversation.ESCALATED;
    conversation.stage = Conversation.WITH_STAFF;
    conversation.takenOverBy = user;
    conversation.updatedAt = clock.instant();
    changes.touched(conversation);
    return view(conversation, processes.position(conversationId.toString()));
  }

  /** A staff member answers a handed-over conversation. */
  @Transactional
  public MessageView staffReply(UUID conversationId, String text) {
    if (text == null || text.isBlank()) {
      throw ConversationException.invalid("text must not be empty.");
    }
    return transcript.staffMessage(escalated(conversationId), text.strip()).toView();
  }

  /** Each transcript line with the guardrail decision and the rules that fired. */
  @Transactional(readOnly = true)
  public List<GuardrailView> guardrails(UUID conversationId, Owner owner) {
    authorize(conversations.findById(conversationId)
        .orElseThrow(() -> ConversationException.notFound(conversationId)), owner);
    return messages.findByConversationIdOrderBySeq(conversationId).stream()
        .map(Message::toGuardrailView)
        .toList();
  }

  /** A dashboard conversation is its business owner's: 401 without a sign-in, 403 for another. */
  private void authorize(Conversation conversation, Owner owner) {
    if (Channel.parse(conversation.channel).map(Channel::needsOwner).orElse(false)) {
      owners.requireOwnerOf(owner, conversation.businessId);
    }
  }

  private Conversation escalated(UUID conversationId) {
    Conversation conversation =
        conversations.lock(conversationId)
            .orElseThrow(() -> ConversationException.notFound(conversationId));
    if (!conversation.isEscalated()) {
      throw ConversationException.notHandedOver(conversationId);
    }
    return conversation;
  }

  private TurnResult result(Conversation conversation, Message user) {
    List<Message> replies = messages.findRepliesTo(conversation.id, user.seq);
    String output =
        replies.stream()
            .map(reply -> reply.guardrailDecision)
            .filter(Objects::nonNull)
            .map(Decision::valueOf)
            .max(Comparator.naturalOrder())
            .map(Decision::name)
            .orElse(null);
    return TurnResult.of(replies.stream().map(Message::toView).toList(), conversation.stage,
        conversation.lastIntent,
        new TurnResult.Guardrail(lower(user.guardrailDecision), lower(output)),
        workflows.of(conversation.id));
  }

  private static String lower(String decision) {
    return decision == null ? null : decision.toLowerCase();
  }

  private ConversationView view(Conversation conversation, ProcessPosition position) {
    List<MessageView> transcript =
        messages.findByConversationIdOrderBySeq(conversation.id).stream()
            .map(Message::toView)
            .toList();
    return new ConversationView(conversation.id, conversation.businessId, conversation.channel,
        conversation.status, conversation.stage, transcript, position.activeActivityIds(),
        workflows.of(conversation.id));
  }
}
