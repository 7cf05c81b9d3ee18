package ai.xseven.agent;

import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Understands what the customer wants, for the gateway that routes the turn. */
@Component
class ClassifyIntentPlugin implements ServiceTaskPlugin {

  private static final Set<String> BOOKING_STAGES = Set.of("collecting", "confirming");

  private final IntentClassifier classifier;
  private final BookingDetailsExtractor extractor;
  private final ConversationBusiness business;
  private final Clock clock;

  ClassifyIntentPlugin(IntentClassifier classifier, BookingDetailsExtractor extractor,
      ConversationBusiness business, Clock clock) {
    this.classifier = classifier;
    this.extractor = extractor;
    this.business = business;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "classifyIntent";
  }

  @Override
  public String description() {
    return "Classifies the customer's message (question, booking, yes/no, greeting, goodbye).";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of(
        PluginParameter.required("message", String.class, "The customer's message."),
        PluginParameter.optional("stage", String.class, "The conversation stage."),
        PluginParameter.optional("businessId", String.class, "The business chatting."));
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of(
        PluginParameter.required("intent", String.class, "e.g. ask_hours, book, affirm."),
        PluginParameter.required("intentKind", String.class,
            "greeting, goodbye, question, booking, affirm, deny or unknown."));
  }

  @Override
  public PluginResult execute(PluginContext context) {
    String message = context.require("message", String.class);
    Intent intent = classifier.classify(message);
    String kind = intent.kind().name().toLowerCase(Locale.ROOT);
    if (intent.kind() == Intent.Kind.QUESTION && givesBookingDetails(context, message)) {
      kind = "booking";
    }
    return PluginResult.builder().output("intent", intent.name()).output("intentKind", kind).build();
  }

  /**
   * In the middle of a booking, "then Saturday at 8pm for 6" answers the assistant's question even
   * if it reads like one: a message that carries booking details continues the booking.
   */
  private boolean givesBookingDetails(PluginContext context, String message) {
    if (!BOOKING_STAGES.contains(context.input("stage", String.class).orElse(""))) {
      return false;
    }
    var details =
        extractor.extract(message, business.of(context).zone(), clock.instant(), List.of(), null);
    return details.date() != null || details.time() != null || details.partySize() != null;
  }
}
