package ai.xseven.dashboard;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.ChangeRefusedException;
import ai.xseven.business.NotFoundException;
import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
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
  public String name() {
    return "applyMenuChange";
  }

  @Override
  public String description() {
    return "Makes the change the owner confirmed and records it in the audit log.";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of(
        PluginParameter.required("businessId", String.class, "The owner's business."),
        PluginParameter.required("pendingChange", String.class, "The previewed change."),
        PluginParameter.optional("changePreview", String.class, "What the owner confirmed."),
        PluginParameter.optional("actor", String.class, "The signed-in owner, for the audit."));
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of(
        PluginParameter.required("pendingChange", String.class, "Cleared."),
        PluginParameter.required("changePreview", String.class, "Cleared."),
        PluginParameter.required("stage", String.class, "'open'."));
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
          context.input("changePreview", String.class).orElse(described.summary()));
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
