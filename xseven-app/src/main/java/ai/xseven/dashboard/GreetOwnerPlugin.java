package ai.xseven.dashboard;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.business.BusinessProfile;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
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
  public PluginDefinition definition() {
    return PluginDefinition.builder("greetOwner")
        .name("Greet owner")
        .description("Greets the signed-in owner and lists what the dashboard chat can do.")
        .reads(List.of(Variable.required("businessId", String.class, "The owner's business.")))
        .writes(List.of(Variable.required("stage", String.class, "Always 'open'.")))
        .build();
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
