package ai.xseven.dashboard;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
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
  public PluginDefinition definition() {
    return PluginDefinition.builder("understandOwnerRequest")
        .name("Understand owner request")
        .description("Reads the owner's message: bookings of a day, work on an order or booking, a question,"
        + " a change of price, item or hours, or yes/no to a previewed change.")
        .reads(List.of(
        Variable.required("message", String.class, "The owner's message."),
        Variable.required("businessId", String.class, "The owner's business."),
        Variable.optional("stage", String.class, "'previewing' while a change waits.")))
        .writes(List.of(
        Variable.required("ownerRequest", String.class,
            "bookings, operation, question, change, confirm, decline, unclear or other."),
        Variable.required("intent", String.class, "The same, for the turn's answer."),
        Variable.required("bookingsDay", String.class, "ISO date, for bookings."),
        Variable.required("change", String.class, "The requested change, encoded."),
        Variable.required("clarification", String.class, "What is missing, if unclear."),
        Variable.required(FrontDeskPlugin.OPERATION, String.class,
            "The order or booking operation, for operation."),
        Variable.required(FrontDeskPlugin.REASON, String.class,
            "The owner's reason for a rejection or cancellation, if given.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    BusinessProfile profile = business.of(context);
    boolean previewing = PREVIEWING.equals(context.variable("stage", String.class).orElse(null));
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
