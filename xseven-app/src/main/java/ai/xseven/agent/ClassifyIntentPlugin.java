package ai.xseven.agent;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Understands what the customer wants, for the gateway that routes the turn. */
@Component
class ClassifyIntentPlugin implements ServiceTaskPlugin {

  private static final Set<String> BOOKING_STAGES = Set.of("collecting", "confirming");
  private static final String MANAGING = SelfServiceDraft.STAGE;

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
  public PluginDefinition definition() {
    return PluginDefinition.builder("classifyIntent")
        .name("Classify intent")
        .description("Classifies the customer's message (question, booking, yes/no, greeting, goodbye, or"
        + " about a booking or order they have).")
        .reads(List.of(
        Variable.required("message", String.class, "The customer's message."),
        Variable.optional("stage", String.class, "The conversation stage."),
        Variable.optional("businessId", String.class, "The business chatting.")))
        .writes(List.of(
        Variable.required("intent", String.class, "e.g. ask_hours, book, affirm."),
        Variable.required("intentKind", String.class,
            "greeting, goodbye, question, booking, affirm, deny, manage or unknown.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    String message = context.require("message", String.class);
    Intent intent = classifier.classify(message);
    String stage = context.variable("stage", String.class).orElse("");
    Intent.Kind kind = intent.kind();
    if (BOOKING_STAGES.contains(stage) && continuesBooking(intent)
        && givesBookingDetails(context, message)) {
      kind = Intent.Kind.BOOKING;
    } else if ("confirming".equals(stage) && "cancel_booking".equals(intent.name())) {
      // Asked "Shall I book …?", "no, cancel the booking" declines the booking being made.
      kind = Intent.Kind.DENY;
    } else if (MANAGING.equals(stage) && answersSelfService(context, intent, message)) {
      kind = Intent.Kind.MANAGE;
    }
    return PluginResult.builder().output("intent", intent.name())
        .output("intentKind", kind.name().toLowerCase(Locale.ROOT)).build();
  }

  /**
   * In the middle of a booking, "then Saturday at 8pm for 6" answers the assistant's question even
   * if it reads like a question, or like moving a booking the customer does not have yet.
   */
  private static boolean continuesBooking(Intent intent) {
    return intent.kind() == Intent.Kind.QUESTION || "reschedule".equals(intent.name());
  }

  /**
   * A self-service request waits for an answer (which booking, the new time, yes or no): a yes or
   * no, a message the classifier cannot place ("the first one"), or one that names a day or a time
   * ("Saturday at 8pm", which reads like a question about the hours) answers it.
   */
  private boolean answersSelfService(PluginContext context, Intent intent, String message) {
    return switch (intent.kind()) {
      case AFFIRM, DENY, UNKNOWN -> true;
      case QUESTION, BOOKING -> givesBookingDetails(context, message);
      default -> false;
    };
  }

  private boolean givesBookingDetails(PluginContext context, String message) {
    var details =
        extractor.extract(message, business.of(context).zone(), clock.instant(), List.of(), null);
    return details.date() != null || details.time() != null || details.partySize() != null;
  }
}
