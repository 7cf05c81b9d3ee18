package ai.xseven.agent;

import ai.xseven.business.BusinessProfile;
import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
import java.util.List;
import org.springframework.stereotype.Component;

/** Lets the chat model answer the customer, with the business's hours, catalog and address as tools. */
@Component
class AgentReplyPlugin implements ServiceTaskPlugin {

  private final BusinessAgent agent;
  private final ConversationBusiness business;

  AgentReplyPlugin(BusinessAgent agent, ConversationBusiness business) {
    this.agent = agent;
    this.business = business;
  }

  @Override
  public String name() {
    return "agentReply";
  }

  @Override
  public String description() {
    return "Answers the customer with the chat model, using the business's own data as tools.";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of(
        PluginParameter.required("message", String.class, "The customer's message."),
        PluginParameter.required("businessId", String.class, "The business answering."),
        PluginParameter.optional("replyFeedback", String.class,
            "Set by the output guardrails: why the previous reply was refused."),
        PluginParameter.optional("intentKind", String.class,
            "How the message was classified; the model-routing rules choose the model by it."),
        PluginParameter.optional("channel", String.class,
            "dedicated, dashboard or global; the model-routing rules choose the model by it."));
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    String message = context.require("message", String.class);
    BusinessProfile profile = business.of(context);
    LlmCallContext call = LlmCallContext.of(context, profile, message);
    String answer =
        context.input("replyFeedback", String.class)
            .map(feedback -> agent.regenerate(call, profile, message, feedback))
            .orElseGet(() -> agent.reply(call, profile, message));
    return PluginResult.reply(answer);
  }
}
