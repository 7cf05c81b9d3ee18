package ai.xseven.conversation;

import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Ends a conversation: the customer hears why, and further messages are refused. */
@Component
class CloseConversationPlugin implements ServiceTaskPlugin {

  private final ConversationRepository conversations;

  CloseConversationPlugin(ConversationRepository conversations) {
    this.conversations = conversations;
  }

  @Override
  public String name() {
    return "closeConversation";
  }

  @Override
  public String description() {
    return "Closes the conversation with a closing message; later messages are refused.";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of();
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of(PluginParameter.required("stage", String.class, "Always 'closed'."));
  }

  @Override
  public PluginResult execute(PluginContext context) {
    conversations.lock(UUID.fromString(context.conversationId()))
        .ifPresent(conversation -> {
          conversation.status = Conversation.CLOSED;
          conversation.stage = "closed";
        });
    return PluginResult.builder()
        .output("stage", "closed")
        .reply("This chat was closed after a while without messages. Start a new one any time!")
        .build();
  }
}
