package ai.xseven.guardrail;

import ai.xseven.agent.SystemPrompts;
import ai.xseven.business.BusinessDetails;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.knowledge.KnowledgePassages;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The business data, documents and instructions a reply is judged against. */
@Component
class ConversationFacts {

  private final BusinessService businesses;
  private final KnowledgePassages knowledge;

  ConversationFacts(BusinessService businesses, KnowledgePassages knowledge) {
    this.businesses = businesses;
    this.knowledge = knowledge;
  }

  /** The business's profile only: one query, for what needs no catalog or hours. */
  Optional<BusinessProfile> profile(String businessId) {
    return businessId == null ? Optional.empty() : businesses.find(UUID.fromString(businessId));
  }

  private Optional<BusinessDetails> business(String businessId) {
    return businessId == null ? Optional.empty() : businesses.details(UUID.fromString(businessId));
  }

  ReplyContext replyContext(String businessId, String customerText) {
    BusinessDetails business = business(businessId).orElse(null);
    String prompt = business == null ? "" : SystemPrompts.forBusiness(business.profile());
    return new ReplyContext(business, prompt,
        customerText == null ? List.of() : List.of(customerText),
        business == null ? List.of() : knowledge.of(business.profile().id()));
  }

  /** What the customer hears when no acceptable reply could be written. */
  String fallback(String businessId) {
    return profile(businessId)
        .map(profile -> "Sorry, I can't answer that reliably right now. You can reach "
            + profile.name() + " at " + profile.phone() + ".")
        .orElse("Sorry, I can't answer that reliably right now.");
  }
}
