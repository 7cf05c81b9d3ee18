package ai.xseven.agent;

import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
import java.util.List;
import org.springframework.stereotype.Component;

/** Opens a conversation with a greeting that says what the assistant can do for this business. */
@Component
class GreetPlugin implements ServiceTaskPlugin {

  private final ConversationBusiness business;

  GreetPlugin(ConversationBusiness business) {
    this.business = business;
  }

  @Override
  public String name() {
    return "greet";
  }

  @Override
  public String description() {
    return "Greets the customer and says what the assistant can help with.";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of(PluginParameter.required("businessId", String.class, "The business chatting."));
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of(PluginParameter.required("stage", String.class, "Always 'open'."));
  }

  @Override
  public PluginResult execute(PluginContext context) {
    BusinessProfile profile = business.of(context);
    String offer =
        profile.kind() == BusinessKind.RESTAURANT
            ? "our opening hours, the menu and prices, or book a table for you"
            : "our opening hours, our services and prices, or book an appointment for you";
    return PluginResult.builder()
        .output("stage", "open")
        .reply("Hi, welcome to " + profile.name() + "! I can tell you about " + offer
            + ". How can I help?")
        .build();
  }
}
