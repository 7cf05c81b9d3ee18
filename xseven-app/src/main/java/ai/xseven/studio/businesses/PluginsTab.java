package ai.xseven.studio.businesses;

import ai.xseven.business.BusinessProfile;
import ai.xseven.plugin.PluginChoice;
import ai.xseven.plugin.PluginPolicy;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The business's plugin allow-list: one checkbox per plugin that the plugin policy refuses to the
 * business unless it is on the list (jar plugins and the integrations that send data out). The
 * platform's own plugins need no checkbox. Owners see the list; analysts and admins change it.
 */
class PluginsTab extends VerticalLayout {

  PluginsTab(BusinessProfile business, PluginPolicy policy, boolean mayChange, String actor) {
    setPadding(false);
    setId("business-plugins");
    List<PluginChoice> governed = policy.choices(business.id()).stream()
        .filter(choice -> choice.needsAllowList() || choice.onAllowList()).toList();
    add(new Paragraph(business.name() + "'s diagrams and agents may use the platform's own "
        + "plugins, and those ticked here. " + (mayChange ? "A diagram that uses a plugin not "
        + "ticked is refused at deploy." : "An analyst can change this list.")));
    if (governed.isEmpty()) {
      add(new Paragraph("No plugin installed needs the business's permission."));
    }
    for (PluginChoice choice : governed) {
      Checkbox box = new Checkbox(choice.name() + " (" + choice.id() + ")", choice.onAllowList());
      box.setId("allow-plugin-" + choice.id());
      box.setHelperText((choice.builtIn() ? "Shipped integration. " : "From the plugins "
          + "folder. ") + choice.description());
      box.setReadOnly(!mayChange);
      box.addValueChangeListener(event -> {
        if (!event.isFromClient()) {
          return;
        }
        policy.setAllowed(business.id(), choice.id(), event.getValue(), actor);
        Feedback.saved(choice.name() + (event.getValue() ? " is allowed for " : " is no longer "
            + "allowed for ") + business.name() + ".");
      });
      add(box);
    }
  }
}
