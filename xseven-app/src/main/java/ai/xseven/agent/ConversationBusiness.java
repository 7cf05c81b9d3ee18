package ai.xseven.agent;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The business a conversation's process instance talks for (its {@code businessId} variable). */
@Component
class ConversationBusiness {

  private final BusinessService businesses;

  ConversationBusiness(BusinessService businesses) {
    this.businesses = businesses;
  }

  /** Empty when the process has no business (the global chat). */
  Optional<BusinessProfile> find(PluginContext context) {
    return context.variable("businessId", String.class).map(id -> of(context));
  }

  BusinessProfile of(PluginContext context) {
    UUID id = UUID.fromString(context.require("businessId", String.class));
    return businesses.find(id)
        .orElseThrow(() -> new PluginException("Business " + id + " no longer exists"));
  }
}
