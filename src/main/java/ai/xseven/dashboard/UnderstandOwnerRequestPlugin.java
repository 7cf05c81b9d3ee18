package ai.xseven.dashboard;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads the owner's message for the gateway that routes the turn. */
@Component
class UnderstandOwnerRequestPlugin implements ServiceTaskPlugin {

  static final String PREVIEWING = "previewing";

  private final OwnerRequests requests;
  private final OwnerBusiness business;
  private final BusinessService businesses;
  private final Clock clock;

  UnderstandOwnerRequestPlugin(OwnerRequests requests, OwnerBusiness business,
      BusinessService businesses, Clock clock) {
    this.requests = requests;
    this.business = business;
    this.businesses = businesses;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "understandOwnerRequest";
  }

  @Override
  public String description() {
    return "Reads the owner's message: bookings of a day, work on an order or booking, a question,"
        + " a change of price, item or hours, or yes/no to a previewed change.";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of(
        PluginParameter.required("message", String.class, "The owner's message."),
        PluginParameter.required("businessId", String.class, "The owner's business."),
        PluginParameter.optional("stage", String.class, "'previewing' while a change waits."));
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of(
        PluginParameter.required("ownerRequest", String.class,
            "bookings, operation, question, change, confirm, decline, unclear or other."),
        PluginParameter.required("intent", String.class, "The same, for the turn's answer."),
        PluginParameter.required("bookingsDay", String.class, "ISO date, for bookings."),
        PluginParameter.required("change", String.class, "The requested change, encoded."),
        PluginParameter.required("clarification", String.class, "What is missing, if unclear."),
        PluginParameter.required(FrontDeskPlugin.OPERATION, String.class,
            "The order or booking operation, for operation."),
        PluginParameter.required(FrontDeskPlugin.REASON, String.class,
            "The owner's reason for a rejection or cancellation, if given."));
  }

  @Override
  public PluginResult execute(PluginContext context) {
    BusinessProfile profile = business.of(context);
    boolean previewing = PREVIEWING.equals(context.input("stage", String.class).orElse(null));
    OwnerRequest request =
        requests.read(context.require("message", String.class), previewing,
            businesses.catalog(profile.id()), businesses.openingHours(profile.id()),
            LocalDate.now(clock.withZone(profile.zone())));
    return PluginResult.builder()
        .output("ownerRequest", request.route())
        .output("intent", "owner_" + request.route())
        .output("bookingsDay",
            request instanceof OwnerRequest.Bookings bookings ? bookings.day().toString() : null)
        .output("change",
            request instanceof OwnerRequest.Change change ? change.change().encode() : null)
        .output("clarification",
            request instanceof OwnerRequest.Unclear unclear ? unclear.reply() : null)
        .output(FrontDeskPlugin.OPERATION,
            request instanceof OwnerRequest.Operation operation ? operation.operation() : null)
        .output(FrontDeskPlugin.REASON,
            request instanceof OwnerRequest.Operation operation ? operation.reason() : null)
        .build();
  }
}
