package ai.xseven.agent;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.util.List;
import org.springframework.stereotype.Component;

/** The customer said no to the summary: forget the draft, book nothing. */
@Component
class DiscardBookingPlugin implements ServiceTaskPlugin {

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("discardBooking")
        .name("Discard booking")
        .description("Discards the booking draft after the customer declined it.")
        .writes(List.of(Variable.required("stage", String.class, "Always 'open'.")))
        .build();
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
