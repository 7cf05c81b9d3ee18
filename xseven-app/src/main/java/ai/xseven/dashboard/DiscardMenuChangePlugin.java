package ai.xseven.dashboard;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.util.List;
import org.springframework.stereotype.Component;

/** The owner said no to the preview: the change is dropped and nothing is changed. */
@Component
class DiscardMenuChangePlugin implements ServiceTaskPlugin {

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("discardMenuChange")
        .name("Discard menu change")
        .description("Drops the previewed change the owner declined; changes nothing.")
        .reads(List.of(Variable.optional("changePreview", String.class, "What was declined.")))
        .writes(List.of(
        Variable.required("pendingChange", String.class, "Cleared."),
        Variable.required("changePreview", String.class, "Cleared."),
        Variable.required("stage", String.class, "'open'.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    String declined = context.variable("changePreview", String.class)
        .map(preview -> " (" + preview + ")")
        .orElse("");
    return PluginResult.builder()
        .output("pendingChange", null).output("changePreview", null).output("stage", "open")
        .reply("OK, I did not make that change" + declined + ". Nothing was changed.")
        .build();
  }
}
