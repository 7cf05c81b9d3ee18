package ai.xseven.agent;

import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Understands what the customer wants, for the gateway that routes the turn. */
@Component
class ClassifyIntentPlugin implements ServiceTaskPlugin {

  private final IntentClassifier classifier;

  ClassifyIntentPlugin(IntentClassifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public String name() {
    return "classifyIntent";
  }

  @Override
  public String description() {
    return "Classifies the customer's message (question, booking, yes/no, greeting, goodbye).";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of(PluginParameter.required("message", String.class, "The customer's message."));
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of(
        PluginParameter.required("intent", String.class, "e.g. ask_hours, book, affirm."),
        PluginParameter.required("intentKind", String.class,
            "greeting, goodbye, question, booking, affirm, deny or unknown."));
  }

  @Override
  public PluginResult execute(PluginContext context) {
    Intent intent = classifier.classify(context.require("message", String.class));
    return PluginResult.builder()
        .output("intent", intent.name())
        .output("intentKind", intent.kind().name().toLowerCase(Locale.ROOT))
        .build();
  }
}
