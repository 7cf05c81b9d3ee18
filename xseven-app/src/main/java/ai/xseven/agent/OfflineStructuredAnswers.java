package ai.xseven.agent;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.CatalogEntry;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The offline model's structured answers: the JSON object of an output schema, filled from the
 * same deterministic readers the conversation uses (intent classifier, booking-details
 * extractor). A schema it does not know gets an empty object, which the schema check refuses.
 */
class OfflineStructuredAnswers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IntentClassifier classifier;
  private final BookingDetailsExtractor extractor;
  private final BusinessService businesses;
  private final Clock clock;

  OfflineStructuredAnswers(IntentClassifier classifier, BookingDetailsExtractor extractor,
      BusinessService businesses, Clock clock) {
    this.classifier = classifier;
    this.extractor = extractor;
    this.businesses = businesses;
    this.clock = clock;
  }

  /** @param schemaName the JSON schema's name as handed to the model, e.g. {@code booking_request} */
  String answer(String schemaName, String text) {
    ObjectNode answer = JSON.createObjectNode();
    if ("booking_request".equals(schemaName)) {
      Optional<BusinessProfile> business =
          Optional.ofNullable(LlmCallContext.current().businessId()).flatMap(this::business);
      List<String> services = business.map(b -> businesses.catalog(b.id()).stream()
          .map(CatalogEntry::name).toList()).orElse(List.of());
      BookingDetails details = extractor.extract(text,
          business.map(BusinessProfile::zone).orElse(ZoneOffset.UTC), clock.instant(), services,
          null);
      answer.put("wantsBooking", classifier.classify(text).kind() == Intent.Kind.BOOKING);
      answer.put("date", details.date() == null ? null : details.date().toString());
      answer.put("time", details.time() == null ? null : details.time().toString());
      answer.put("partySize", details.partySize());
      answer.put("service", details.service());
      answer.put("customerName", details.customerName());
    }
    return answer.toString();
  }

  private Optional<BusinessProfile> business(UUID id) {
    return businesses.find(id);
  }
}
