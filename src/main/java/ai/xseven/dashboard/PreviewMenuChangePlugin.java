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
 * Shows the owner what a change would do, after the menu-change policy allowed it, and asks for a
 * yes or no; nothing is changed yet. A change the policy refuses is answered with its reasons (and
 * audited as refused).
 */
@Component
class PreviewMenuChangePlugin implements ServiceTaskPlugin {

  private final OwnerChanges changes;
  private final OwnerBusiness business;
  private final AuditLog audit;

  PreviewMenuChangePlugin(OwnerChanges changes, OwnerBusiness business, AuditLog audit) {
    this.changes = changes;
    this.business = business;
    this.audit = audit;
  }

  @Override
  public String name() {
    return "previewMenuChange";
  }

  @Override
  public String description() {
    return "Checks the owner's change against the menu-change policy and shows a preview to"
        + " confirm; changes nothing.";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of(
        PluginParameter.required("businessId", String.class, "The owner's business."),
        PluginParameter.required("change", String.class, "The requested change, encoded."),
        PluginParameter.optional("actor", String.class, "The signed-in owner, for the audit."));
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of(
        PluginParameter.required("pendingChange", String.class,
            "The change waiting for the owner's yes, or null."),
        PluginParameter.required("changePreview", String.class, "What it would do, or null."),
        PluginParameter.required("stage", String.class, "'previewing' or 'open'."));
  }

  @Override
  public PluginResult execute(PluginContext context) {
    BusinessProfile profile = business.of(context);
    MenuChangeRequest change = MenuChangeRequest.decode(context.require("change", String.class));
    PluginResult.Builder result = PluginResult.builder();
    try {
      OwnerChanges.Described described = changes.describe(profile, change);
      if (described.unchanged()) {
        return nothingPending(result.reply("That is already so; there is nothing to change."));
      }
      try {
        changes.check(profile, change);
      } catch (ChangeRefusedException refused) {
        audit.record(OwnerBusiness.actor(context), "menu.change-refused", described.subject(),
            described.summary() + " — refused: " + refused.getMessage());
        return nothingPending(result.reply("I can't make that change: " + refused.getMessage()
            + " Nothing was changed."));
      }
      return result
          .output("pendingChange", change.encode())
          .output("changePreview", described.summary())
          .output("stage", UnderstandOwnerRequestPlugin.PREVIEWING)
          .reply(capitalised(described.summary()) + ". Confirm? (yes/no)")
          .build();
    } catch (NotFoundException | OwnerChanges.ItemGoneException gone) {
      return nothingPending(result.reply("That item is no longer listed; nothing was changed."));
    }
  }

  private static PluginResult nothingPending(PluginResult.Builder result) {
    return result.output("pendingChange", null).output("changePreview", null)
        .output("stage", "open").build();
  }

  static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
