package ai.xseven.dashboard;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The business whose owner is chatting (the process's {@code businessId}). */
@Component
class OwnerBusiness {

  private final BusinessService businesses;

  OwnerBusiness(BusinessService businesses) {
    this.businesses = businesses;
  }

  BusinessProfile of(PluginContext context) {
    UUID id = id(context);
    return businesses.find(id)
        .orElseThrow(() -> new PluginException("Business " + id + " no longer exists"));
  }

  static UUID id(PluginContext context) {
    return UUID.fromString(context.require("businessId", String.class));
  }

  /** Who the audit log names: the signed-in owner the conversation was started by. */
  static String actor(PluginContext context) {
    return context.variable("actor", String.class)
        .orElse("owner:" + context.require("businessId", String.class));
  }
}
