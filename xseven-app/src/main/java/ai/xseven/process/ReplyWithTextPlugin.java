package ai.xseven.process;

import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import org.springframework.stereotype.Component;

/**
 * Replies with a fixed sentence that the analyst writes on the task: a notice, a disclaimer, a
 * step of a scripted flow. No model is asked; the reply still passes the output guardrails.
 */
@Component
class ReplyWithTextPlugin implements ServiceTaskPlugin {

  static final String TEXT = "text";

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("replyWithText")
        .name("Reply with text")
        .description("Replies with a fixed text written on the task.")
        .input(InputField.expression(TEXT).label("Text").required().maxLength(2000)
            .description("The reply, word for word; ${name} inserts a process variable."))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    return PluginResult.reply(context.text(TEXT).orElseThrow());
  }
}
