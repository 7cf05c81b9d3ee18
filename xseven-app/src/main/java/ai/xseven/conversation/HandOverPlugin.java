package ai.xseven.conversation;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands the conversation to the business's staff: it is marked escalated (the assistant stays
 * quiet), the owner is notified with the reason, and the customer is told a person will answer.
 */
@Component
class HandOverPlugin implements ServiceTaskPlugin {

  private static final Logger log = LoggerFactory.getLogger(HandOverPlugin.class);

  private final ConversationRepository conversations;
  private final OwnerNotificationRepository notifications;
  private final BusinessService businesses;
  private final Clock clock;

  HandOverPlugin(ConversationRepository conversations, OwnerNotificationRepository notifications,
      BusinessService businesses, Clock clock) {
    this.conversations = conversations;
    this.notifications = notifications;
    this.businesses = businesses;
    this.clock = clock;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("handOverToHuman")
        .name("Hand over to human")
        .description("Hands the conversation to the business's staff and notifies the owner.")
        .reads(List.of(Variable.optional("guardrailReason", String.class,
        "Why the conversation needs a person; shown to the owner.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    UUID id = UUID.fromString(context.conversationId());
    Conversation conversation =
        conversations.lock(id).orElseThrow(() -> ConversationException.notFound(id));
    // The process keeps its own stage (a booking in progress, say) for when staff hand back.
    conversation.status = Conversation.ESCALATED;
    conversation.stage = Conversation.WITH_STAFF;
    String reason = context.variable("guardrailReason", String.class)
        .orElse("The assistant asked for a person to take over.");
    String business = "the team";
    if (conversation.businessId != null) {
      notifications.save(new OwnerNotification(conversation.businessId, id,
          OwnerNotification.HANDOVER, "Conversation " + id + " needs you: " + reason,
          clock.instant()));
      business = businesses.find(conversation.businessId).map(BusinessProfile::name)
          .map(name -> "the team at " + name).orElse(business);
    }
    log.info("Conversation {} handed over to staff: {}", id, reason);
    return PluginResult.builder()
        .reply("I've asked " + business + " to take over. A person will reply here as soon as "
            + "they can.")
        .build();
  }
}
