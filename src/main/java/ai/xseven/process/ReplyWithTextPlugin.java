package ai.xseven.process;

import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Replies with a fixed sentence that the analyst writes on the task: a notice, a disclaimer, a
 * step of a scripted flow. No model is asked; the reply still passes the output guardrails.
 */
@Component
class ReplyWithTextPlugin implements ServiceTaskPlugin {

  static final String TEXT = "text";

  @Override
  public String name() {
    return "replyWithText";
  }

  @Override
  public String description() {
    return "Replies with a fixed text written on the task.";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of();
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of();
  }

  @Override
  public List<PluginParameter> settings() {
    return List.of(PluginParameter.required(TEXT, String.class, "The reply, word for word."));
  }

  @Override
  public PluginResult execute(PluginContext context) {
    return PluginResult.reply(context.setting(TEXT).orElseThrow(() -> new ai.xseven.plugin
        .PluginException("Task " + context.taskId() + " has no text to reply with")));
  }
}
