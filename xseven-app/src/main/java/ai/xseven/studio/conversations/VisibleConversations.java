package ai.xseven.studio.conversations;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.conversation.ConversationMonitor;
import ai.xseven.conversation.ConversationSummary;
import ai.xseven.observability.LlmCallLog;
import ai.xseven.security.StudioSession;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The conversations the signed-in user may see: an owner only their own business's, whatever
 * filter the page asks for; an admin or analyst any business, or all.
 */
@Component
class VisibleConversations {

  private final StudioSession session;
  private final ConversationMonitor monitor;
  private final BusinessService businesses;
  private final LlmCallLog llmCalls;

  VisibleConversations(StudioSession session, ConversationMonitor monitor,
      BusinessService businesses, LlmCallLog llmCalls) {
    this.session = session;
    this.monitor = monitor;
    this.businesses = businesses;
    this.llmCalls = llmCalls;
  }

  /** The business the user is fixed to (an owner's), or empty when they may pick any. */
  Optional<UUID> fixedBusiness() {
    return session.ownBusiness();
  }

  /**
   * The list for a filter; an owner's own business replaces whatever was asked. Called from the
   * page's update thread too, so the scope is passed in, not read from the session there.
   */
  List<ConversationRow> rows(Optional<UUID> fixedBusiness, Optional<UUID> wanted) {
    List<ConversationSummary> summaries = monitor.list(fixedBusiness.or(() -> wanted));
    Map<UUID, BigDecimal> costs =
        llmCalls.costCentsByConversation(summaries.stream().map(ConversationSummary::id).toList());
    Map<UUID, String> names = businessNames();
    return summaries.stream()
        .map(summary -> new ConversationRow(summary,
            summary.businessId() == null ? "(global channel)"
                : names.getOrDefault(summary.businessId(), summary.businessId().toString()),
            costs.getOrDefault(summary.id(), BigDecimal.ZERO)))
        .toList();
  }

  /**
   * One conversation, if it exists.
   *
   * @throws org.springframework.security.access.AccessDeniedException for an owner asking for
   *     another business's conversation
   */
  Optional<ConversationSummary> open(UUID conversationId) {
    Optional<ConversationSummary> found = monitor.find(conversationId);
    found.ifPresent(conversation -> session.requireMaySee(conversation.businessId()));
    return found;
  }

  List<BusinessProfile> businesses() {
    return businesses.list().stream().filter(business -> session.maySee(business.id())).toList();
  }

  private Map<UUID, String> businessNames() {
    return businesses.list().stream()
        .collect(Collectors.toMap(BusinessProfile::id, BusinessProfile::name, (a, b) -> a));
  }
}
