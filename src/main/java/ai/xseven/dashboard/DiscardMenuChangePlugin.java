package ai.xseven.dashboard;

import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
import java.util.List;
import org.springframework.stereotype.Component;

/** The owner said no to the preview: the change is dropped and nothing is changed. */
@Component
class DiscardMenuChangePlugin implements ServiceTaskPlugin {

  @Override
  public String name() {
    return "discardMenuChange";
  }

  @Override
  public String description() {
    return "Drops the previewed change the owner declined; changes nothing.";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of(PluginParameter.optional("changePreview", String.class, "What was declined."));
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
    String declined = context.input("changePreview", String.class)
        .map(preview -> " (" + preview + ")")
        .orElse("");
    return PluginResult.builder()
        .output("pendingChange", null).output("changePreview", null).output("stage", "open")
        .reply("OK, I did not make that change" + declined + ". Nothing was changed.")
        .build();
  }
}
