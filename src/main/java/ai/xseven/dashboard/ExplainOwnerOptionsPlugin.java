package ai.xseven.dashboard;

import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
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
  public String name() {
    return "explainOwnerOptions";
  }

  @Override
  public String description() {
    return "Tells the owner what is missing from the request, or what the dashboard chat can do.";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of(PluginParameter.optional("clarification", String.class,
        "What the request lacks, from understandOwnerRequest."));
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of(PluginParameter.required("clarification", String.class, "Cleared once said."));
  }

  @Override
  public PluginResult execute(PluginContext context) {
    return PluginResult.builder()
        .output("clarification", null)
        .reply(context.input("clarification", String.class).orElse(OPTIONS))
        .build();
  }
}
