package ai.xseven.dashboard;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.ChangeRefusedException;
import ai.xseven.business.NotFoundException;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import ai.xseven.security.AuditLog;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The owner said yes: makes the previewed change (the policy is asked again, under the business's
 * lock, in case something moved since the preview) and writes the audit entry in the same
 * transaction.
 */
@Component
class ApplyMenuChangePlugin implements ServiceTaskPlugin {

  private final OwnerChanges changes;
  private final OwnerBusiness business;
  private final AuditLog audit;

  ApplyMenuChangePlugin(OwnerChanges changes, OwnerBusiness business, AuditLog audit) {
    this.changes = changes;
    this.business = business;
    this.audit = audit;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("applyMenuChange")
        .name("Apply menu change")
        .description("Makes the change the owner confirmed and records it in the audit log.")
        .reads(List.of(
        Variable.required("businessId", String.class, "The owner's business."),
        Variable.required("pendingChange", String.class, "The previewed change."),
        Variable.optional("changePreview", String.class, "What the owner confirmed."),
        Variable.optional("actor", String.class, "The signed-in owner, for the audit.")))
        .writes(List.of(
        Variable.required("pendingChange", String.class, "Cleared."),
        Variable.required("changePreview", String.class, "Cleared."),
        Variable.required("stage", String.class, "'open'.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    BusinessProfile profile = business.of(context);
    MenuChangeRequest change =
        MenuChangeRequest.decode(context.require("pendingChange", String.class));
    PluginResult.Builder result = PluginResult.builder()
        .output("pendingChange", null).output("changePreview", null).output("stage", "open");
    String actor = OwnerBusiness.actor(context);
    try {
      OwnerChanges.Described described = changes.describe(profile, change);
      String done = changes.apply(profile, change);
      audit.record(actor, described.action(), described.subject(),
          context.variable("changePreview", String.class).orElse(described.summary()));
      return result.reply("Done. " + done).build();
    } catch (ChangeRefusedException refused) {
      audit.record(actor, "menu.change-refused", "business:" + profile.id(),
          change.encode() + " — refused: " + refused.getMessage());
      return result.reply("I can't make that change any more: " + refused.getMessage()
          + " Nothing was changed.").build();
    } catch (NotFoundException | OwnerChanges.ItemGoneException gone) {
      return result.reply("That item is no longer listed; nothing was changed.").build();
    }
  }
}
