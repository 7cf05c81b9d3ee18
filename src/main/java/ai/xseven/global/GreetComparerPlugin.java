package ai.xseven.global;

import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
import java.util.List;
import org.springframework.stereotype.Component;

/** Opens a global conversation: the customer compares businesses rather than talking to one. */
@Component
class GreetComparerPlugin implements ServiceTaskPlugin {

  @Override
  public String name() {
    return "greetComparer";
  }

  @Override
  public String description() {
    return "Greets a customer who compares businesses and says how to ask.";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of();
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of(PluginParameter.required("stage", String.class, "Always 'open'."));
  }

  @Override
  public PluginResult execute(PluginContext context) {
    return PluginResult.builder().output("stage", "open")
        .reply("Hi! " + ExplainNoMatchPlugin.OPTIONS).build();
  }
}
