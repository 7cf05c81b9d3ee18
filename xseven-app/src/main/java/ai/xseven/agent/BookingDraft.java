package ai.xseven.agent;

import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginResult;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The booking details collected so far, kept as plain process variables so that the studio shows
 * them and a restart resumes them.
 */
record BookingDraft(
    LocalDate date, LocalTime time, Integer partySize, String serviceItemId, String serviceName,
    String customerName) {

  static final String DATE = "bookingDate";
  static final String TIME = "bookingTime";
  static final String PARTY_SIZE = "partySize";
  static final String SERVICE_ID = "serviceItemId";
  static final String SERVICE_NAME = "serviceName";
  static final String NAME = "customerName";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

  static BookingDraft from(PluginContext context) {
    return new BookingDraft(
        context.variable(DATE, String.class).map(LocalDate::parse).orElse(null),
        context.variable(TIME, String.class).map(LocalTime::parse).orElse(null),
        context.variable(PARTY_SIZE, Integer.class).orElse(null),
        context.variable(SERVICE_ID, String.class).orElse(null),
        context.variable(SERVICE_NAME, String.class).orElse(null),
        context.variable(NAME, String.class).orElse(null));
  }

  /** The first detail still missing, in the order a person would ask for them. */
  Optional<String> missing(BusinessKind kind) {
    if (kind == BusinessKind.SALON && serviceItemId == null) {
      return Optional.of("service");
    }
    if (date == null) {
      return Optional.of("date");
    }
    if (time == null) {
      return Optional.of("time");
    }
    if (kind == BusinessKind.RESTAURANT && partySize == null) {
      return Optional.of("partySize");
    }
    return customerName == null ? Optional.of("name") : Optional.empty();
  }

  String describe(BusinessProfile business) {
    StringBuilder text =
        new StringBuilder(serviceName != null ? serviceName
            : partySize != null ? "a table for " + partySize : "a table");
    text.append(" at ").append(business.name());
    if (date != null) {
      text.append(" on ").append(DAY.format(date));
    }
    if (time != null) {
      text.append(" at ").append(CLOCK.format(time));
    }
    return text.toString();
  }

  void writeTo(PluginResult.Builder result) {
    result
        .output(DATE, date == null ? null : date.toString())
        .output(TIME, time == null ? null : time.toString())
        .output(PARTY_SIZE, partySize)
        .output(SERVICE_ID, serviceItemId)
        .output(SERVICE_NAME, serviceName)
        .output(NAME, customerName);
  }

  static BookingDraft empty() {
    return new BookingDraft(null, null, null, null, null, null);
  }
}
