package ai.xseven.global;

import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
import java.util.List;
import org.springframework.stereotype.Component;

/** No business to ask: says so, or, if the request named nothing, what the customer can ask. */
@Component
class ExplainNoMatchPlugin implements ServiceTaskPlugin {

  static final String OPTIONS = "I can compare the restaurants and salons here: tell me what you"
      + " are looking for, where, up to what price and when — for example \"where can I eat pizza"
      + " tonight?\" or \"hair salon downtown under $50\".";

  @Override
  public String name() {
    return "explainNoMatch";
  }

  @Override
  public String description() {
    return "Replies when no business matches the request, or the request named nothing to compare.";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of(
        PluginParameter.optional("wantedKind", String.class, "From the request."),
        PluginParameter.optional("messageVerdict", String.class,
            "'escalate' when the customer asked for a person."));
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    if ("escalate".equals(context.input("messageVerdict", String.class).orElse(null))) {
      return PluginResult.reply("Nobody from the businesses reads this comparison chat; to reach"
          + " one, open its own chat. " + OPTIONS);
    }
    ComparisonRequest request = ComparisonRequest.from(context);
    return PluginResult.reply(request.isEmpty()
        ? OPTIONS
        : "None of the businesses I know fits " + request.describe() + ". " + OPTIONS);
  }
}
