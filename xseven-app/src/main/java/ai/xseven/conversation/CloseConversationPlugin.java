package ai.xseven.conversation;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
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
  public PluginDefinition definition() {
    return PluginDefinition.builder("closeConversation")
        .name("Close conversation")
        .description("Closes the conversation with a closing message; later messages are refused.")
        .writes(List.of(Variable.required("stage", String.class, "Always 'closed'.")))
        .build();
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
