package ai.xseven.dashboard;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.util.List;
import org.springframework.stereotype.Component;

/** Answers what the dashboard chat did not understand: what is missing, or what it can do. */
@Component
class ExplainOwnerOptionsPlugin implements ServiceTaskPlugin {

  static final String OPTIONS = "I can list the bookings of a day and the open orders, show the"
      + " menu, prices and opening hours, and change a price, take an item off the catalog or"
      + " change your opening hours. Every change is checked against your menu-change policy and"
      + " shown to you first; nothing changes until you say yes. I can also accept, reject or move"
      + " on an order (\"the order for Ana is ready\"), check a customer in (\"check in Ana\") or"
      + " cancel a booking (\"cancel Ana's booking\"); the customer is told.";

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("explainOwnerOptions")
        .name("Explain owner options")
        .description("Tells the owner what is missing from the request, or what the dashboard chat can do.")
        .reads(List.of(Variable.optional("clarification", String.class,
        "What the request lacks, from understandOwnerRequest.")))
        .writes(List.of(Variable.required("clarification", String.class, "Cleared once said.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    return PluginResult.builder()
        .output("clarification", null)
        .reply(context.variable("clarification", String.class).orElse(OPTIONS))
        .build();
  }
}
