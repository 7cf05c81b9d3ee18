package ai.xseven.dashboard;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessProfile;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Lists the confirmed bookings of one day for the owner. */
@Component
class ListBookingsPlugin implements ServiceTaskPlugin {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

  private final BookingService bookings;
  private final OwnerBusiness business;

  ListBookingsPlugin(BookingService bookings, OwnerBusiness business) {
    this.bookings = bookings;
    this.business = business;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("listBookingsOfDay")
        .name("List bookings of day")
        .description("Lists the business's confirmed bookings of a day, earliest first.")
        .reads(List.of(
        Variable.required("businessId", String.class, "The owner's business."),
        Variable.required("bookingsDay", String.class, "The day, ISO date.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    BusinessProfile profile = business.of(context);
    LocalDate day = LocalDate.parse(context.require("bookingsDay", String.class));
    List<BookingConfirmation> ofDay = bookings.onDay(profile.id(), day);
    if (ofDay.isEmpty()) {
      return PluginResult.reply("There are no bookings on " + DAY.format(day) + ".");
    }
    String lines = ofDay.stream()
        .map(booking -> "• " + TIME.format(booking.startsAt().atZone(booking.zone())) + " — "
            + (booking.serviceName() != null
                ? booking.serviceName()
                : "table for " + booking.partySize())
            + ", " + booking.customerName())
        .collect(Collectors.joining("\n"));
    return PluginResult.reply(ofDay.size() + (ofDay.size() == 1 ? " booking" : " bookings")
        + " on " + DAY.format(day) + ":\n" + lines);
  }
}
