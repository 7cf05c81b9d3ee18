package ai.xseven.global;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.util.List;
import org.springframework.stereotype.Component;

/** Opens a global conversation: the customer compares businesses rather than talking to one. */
@Component
class GreetComparerPlugin implements ServiceTaskPlugin {

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("greetComparer")
        .name("Greet comparer")
        .description("Greets a customer who compares businesses and says how to ask.")
        .writes(List.of(Variable.required("stage", String.class, "Always 'open'.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    return PluginResult.builder().output("stage", "open")
        .reply("Hi! " + ExplainNoMatchPlugin.OPTIONS).build();
  }
}
