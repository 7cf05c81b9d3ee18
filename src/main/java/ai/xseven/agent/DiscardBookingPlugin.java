package ai.xseven.agent;

import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
import java.util.List;
import org.springframework.stereotype.Component;

/** The customer said no to the summary: forget the draft, book nothing. */
@Component
class DiscardBookingPlugin implements ServiceTaskPlugin {

  @Override
  public String name() {
    return "discardBooking";
  }

  @Override
  public String description() {
    return "Discards the booking draft after the customer declined it.";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of();
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of(PluginParameter.required("stage", String.class, "Always 'open'."));
  }

  @Override
  public PluginResult execute(PluginContext context) {
    PluginResult.Builder result = PluginResult.builder();
    BookingDraft.empty().writeTo(result);
    return result.output("stage", "open").output("expecting", null)
        .reply("No problem, I haven't booked anything. If another day or time suits you better,"
            + " just tell me.")
        .build();
  }
}
