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
  public PluginDefinition definition() {
    return PluginDefinition.builder("previewMenuChange")
        .name("Preview menu change")
        .description("Checks the owner's change against the menu-change policy and shows a preview to"
        + " confirm; changes nothing.")
        .reads(List.of(
        Variable.required("businessId", String.class, "The owner's business."),
        Variable.required("change", String.class, "The requested change, encoded."),
        Variable.optional("actor", String.class, "The signed-in owner, for the audit.")))
        .writes(List.of(
        Variable.required("pendingChange", String.class,
            "The change waiting for the owner's yes, or null."),
        Variable.required("changePreview", String.class, "What it would do, or null."),
        Variable.required("stage", String.class, "'previewing' or 'open'.")))
        .build();
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
