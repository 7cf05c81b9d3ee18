package ai.xseven.global;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.util.List;
import org.springframework.stereotype.Component;

/** No business to ask: says so, or, if the request named nothing, what the customer can ask. */
@Component
class ExplainNoMatchPlugin implements ServiceTaskPlugin {

  static final String OPTIONS = "I can compare the restaurants and salons here: tell me what you"
      + " are looking for, where, up to what price and when — for example \"where can I eat pizza"
      + " tonight?\" or \"hair salon downtown under $50\".";

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("explainNoMatch")
        .name("Explain no match")
        .description("Replies when no business matches the request, or the request named nothing to compare.")
        .reads(List.of(
        Variable.optional("wantedKind", String.class, "From the request."),
        Variable.optional("messageVerdict", String.class,
            "'escalate' when the customer asked for a person.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    if ("escalate".equals(context.variable("messageVerdict", String.class).orElse(null))) {
      return PluginResult.reply("Nobody from the businesses reads this comparison chat; to reach"
          + " one, open its own chat. " + OPTIONS);
    }
    ComparisonRequest request = ComparisonRequest.from(context);
    return PluginResult.reply(request.isEmpty()
        ? OPTIONS
        : "None of the businesses I know fits " + request.describe() + ". " + OPTIONS);
  }
}
