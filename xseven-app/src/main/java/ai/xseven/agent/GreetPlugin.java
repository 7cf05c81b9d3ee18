package ai.xseven.agent;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
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
  public PluginDefinition definition() {
    return PluginDefinition.builder("greet")
        .name("Greet")
        .description("Greets the customer and says what the assistant can help with.")
        .reads(List.of(Variable.required("businessId", String.class, "The business chatting.")))
        .writes(List.of(Variable.required("stage", String.class, "Always 'open'.")))
        .build();
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
