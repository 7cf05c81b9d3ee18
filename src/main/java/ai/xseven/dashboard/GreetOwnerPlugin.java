package ai.xseven.dashboard;

import ai.xseven.business.BusinessProfile;
import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
import java.util.List;
import org.springframework.stereotype.Component;

/** Opens the owner's dashboard chat and says what it can do. */
@Component
class GreetOwnerPlugin implements ServiceTaskPlugin {

  private final OwnerBusiness business;

  GreetOwnerPlugin(OwnerBusiness business) {
    this.business = business;
  }

  @Override
  public String name() {
    return "greetOwner";
  }

  @Override
  public String description() {
    return "Greets the signed-in owner and lists what the dashboard chat can do.";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of(PluginParameter.required("businessId", String.class, "The owner's business."));
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of(PluginParameter.required("stage", String.class, "Always 'open'."));
  }

  @Override
  public PluginResult execute(PluginContext context) {
    BusinessProfile profile = business.of(context);
    return PluginResult.builder()
        .output("stage", "open")
        .reply("Hello, " + profile.name() + "! " + ExplainOwnerOptionsPlugin.OPTIONS)
        .build();
  }
}
