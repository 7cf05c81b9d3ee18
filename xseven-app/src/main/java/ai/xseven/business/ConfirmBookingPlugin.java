package ai.xseven.business;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Books the draft the customer just confirmed. The slot is checked again under a lock: it may have
 * been taken while the customer read the summary.
 */
@Component
class ConfirmBookingPlugin implements ServiceTaskPlugin {

  private final BookingService bookings;

  ConfirmBookingPlugin(BookingService bookings) {
    this.bookings = bookings;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("confirmBooking")
        .name("Confirm booking")
        .description("Books the confirmed draft within the business's hours and capacity.")
        .reads(List.of(
        Variable.required("businessId", String.class, "The business to book at."),
        Variable.required("bookingDate", String.class, "ISO date, business local time."),
        Variable.required("bookingTime", String.class, "ISO time, business local time."),
        Variable.required("customerName", String.class, "Whose name the booking is under."),
        Variable.optional("partySize", Integer.class, "Guests (restaurants)."),
        Variable.optional("serviceItemId", String.class, "The service (salons).")))
        .writes(List.of(
        Variable.required("booked", Boolean.class, "Whether the booking was made."),
        Variable.optional("bookingId", String.class, "The new booking."),
        Variable.required("stage", String.class, "'open' when booked, else 'collecting'.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    BookingRequest request =
        new BookingRequest(
            UUID.fromString(context.require("businessId", String.class)),
            UUID.fromString(context.conversationId()),
            LocalDate.parse(context.require("bookingDate", String.class)),
            LocalTime.parse(context.require("bookingTime", String.class)),
            context.variable("partySize", Integer.class).orElse(1),
            context.variable("serviceItemId", String.class).map(UUID::fromString).orElse(null),
            context.require("customerName", String.class));
    try {
      BookingConfirmation booking = bookings.book(request);
      return PluginResult.builder()
          .output("booked", true)
          .output("bookingId", booking.bookingId().toString())
          .output("stage", "open")
          .output("bookingTime", null)
          .output("bookingDate", null)
          .output("expecting", null)
          .reply("Done! I've booked " + booking.describe() + " under the name "
              + booking.customerName() + ". You'll get a confirmation and reminders here.")
          .build();
    } catch (BookingRejectedException rejected) {
      return PluginResult.builder()
          .output("booked", false)
          .output("stage", "collecting")
          .output("bookingTime", null)
          .output("expecting", "time")
          .reply(rejected.getMessage() + " Which other time would suit you?")
          .build();
    }
  }
}
