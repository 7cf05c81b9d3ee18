package ai.xseven.agent;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.business.Availability;
import ai.xseven.business.BookingRequest;
import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.CatalogEntry;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Gathers date, time, party size or service, and name from the customer's words, one question at
 * a time; once complete, checks hours and capacity and asks the customer to confirm.
 */
@Component
class CollectBookingDetailsPlugin implements ServiceTaskPlugin {

  private static final Map<String, String> QUESTIONS =
      Map.of(
          "service", "Which service would you like?",
          "date", "Which day would you like to come?",
          "time", "At what time?",
          "partySize", "For how many people?",
          "name", "And what name should I put the booking under?");

  private final BookingDetailsExtractor extractor;
  private final ConversationBusiness business;
  private final BusinessService businesses;
  private final BookingService bookings;
  private final Clock clock;

  CollectBookingDetailsPlugin(BookingDetailsExtractor extractor, ConversationBusiness business,
      BusinessService businesses, BookingService bookings, Clock clock) {
    this.extractor = extractor;
    this.business = business;
    this.businesses = businesses;
    this.bookings = bookings;
    this.clock = clock;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("collectBookingDetails")
        .name("Collect booking details")
        .description("Collects booking details from the message, checks availability, asks to confirm.")
        .reads(List.of(
        Variable.required("message", String.class, "The customer's message."),
        Variable.required("businessId", String.class, "The business to book at."),
        Variable.optional("expecting", String.class, "The detail asked for last."),
        Variable.optional(BookingDraft.DATE, String.class, "Date so far."),
        Variable.optional(BookingDraft.TIME, String.class, "Time so far."),
        Variable.optional(BookingDraft.PARTY_SIZE, Integer.class, "Party size so far."),
        Variable.optional(BookingDraft.SERVICE_ID, String.class, "Service so far."),
        Variable.optional(BookingDraft.NAME, String.class, "Name so far.")))
        .writes(List.of(
        Variable.required("stage", String.class, "'collecting' or 'confirming'."),
        Variable.optional("expecting", String.class, "The detail asked for now."),
        Variable.optional(BookingDraft.DATE, String.class, "ISO date."),
        Variable.optional(BookingDraft.TIME, String.class, "ISO time."),
        Variable.optional(BookingDraft.PARTY_SIZE, Integer.class, "Guests."),
        Variable.optional(BookingDraft.SERVICE_ID, String.class, "Service id."),
        Variable.optional(BookingDraft.SERVICE_NAME, String.class, "Service name."),
        Variable.optional(BookingDraft.NAME, String.class, "Customer name.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    BusinessProfile profile = business.of(context);
    List<CatalogEntry> services =
        profile.kind() == BusinessKind.SALON ? businesses.catalog(profile.id()) : List.of();
    BookingDetails heard =
        extractor.extract(context.require("message", String.class), profile.zone(),
            clock.instant(), services.stream().map(CatalogEntry::name).toList(),
            context.variable("expecting", String.class).orElse(null));
    BookingDraft draft = merge(BookingDraft.from(context), heard, services);
    PluginResult.Builder result = PluginResult.builder();
    Optional<String> missing = draft.missing(profile.kind());
    if (missing.isPresent()) {
      draft.writeTo(result);
      return result.output("stage", "collecting").output("expecting", missing.get())
          .reply(acknowledge(draft, profile, heard) + QUESTIONS.get(missing.get())).build();
    }
    Availability availability = bookings.check(request(draft, profile, context));
    if (!availability.available()) {
      new BookingDraft(draft.date(), null, draft.partySize(), draft.serviceItemId(),
          draft.serviceName(), draft.customerName()).writeTo(result);
      return result.output("stage", "collecting").output("expecting", "time")
          .reply(availability.reason() + " Which other time would suit you?").build();
    }
    draft.writeTo(result);
    return result.output("stage", "confirming").output("expecting", null)
        .reply("Shall I book " + draft.describe(profile) + " under the name "
            + draft.customerName() + "? Please answer yes or no.")
        .build();
  }

  private static BookingDraft merge(BookingDraft draft,
      BookingDetails heard, List<CatalogEntry> services) {
    Optional<CatalogEntry> service =
        Optional.ofNullable(heard.service())
            .flatMap(name -> services.stream().filter(s -> s.name().equals(name)).findFirst());
    return new BookingDraft(
        heard.date() != null ? heard.date() : draft.date(),
        heard.time() != null ? heard.time() : draft.time(),
        heard.partySize() != null ? heard.partySize() : draft.partySize(),
        service.map(s -> s.id().toString()).orElse(draft.serviceItemId()),
        service.map(CatalogEntry::name).orElse(draft.serviceName()),
        heard.customerName() != null ? heard.customerName() : draft.customerName());
  }

  private static String acknowledge(BookingDraft draft, BusinessProfile profile,
      BookingDetails heard) {
    return heard.isEmpty() ? "" : "Got it: " + draft.describe(profile) + ". ";
  }

  private static BookingRequest request(BookingDraft draft, BusinessProfile profile,
      PluginContext context) {
    return new BookingRequest(profile.id(), UUID.fromString(context.conversationId()), draft.date(),
        draft.time(), draft.partySize() == null ? 1 : draft.partySize(),
        draft.serviceItemId() == null ? null : UUID.fromString(draft.serviceItemId()),
        draft.customerName());
  }
}
