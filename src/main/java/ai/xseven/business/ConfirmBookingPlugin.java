package ai.xseven.business;

import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginParameter;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
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
  public String name() {
    return "confirmBooking";
  }

  @Override
  public String description() {
    return "Books the confirmed draft within the business's hours and capacity.";
  }

  @Override
  public List<PluginParameter> inputs() {
    return List.of(
        PluginParameter.required("businessId", String.class, "The business to book at."),
        PluginParameter.required("bookingDate", String.class, "ISO date, business local time."),
        PluginParameter.required("bookingTime", String.class, "ISO time, business local time."),
        PluginParameter.required("customerName", String.class, "Whose name the booking is under."),
        PluginParameter.optional("partySize", Integer.class, "Guests (restaurants)."),
        PluginParameter.optional("serviceItemId", String.class, "The service (salons)."));
  }

  @Override
  public List<PluginParameter> outputs() {
    return List.of(
        PluginParameter.required("booked", Boolean.class, "Whether the booking was made."),
        PluginParameter.optional("bookingId", String.class, "The new booking."),
        PluginParameter.required("stage", String.class, "'open' when booked, else 'collecting'."));
  }

  @Override
  public PluginResult execute(PluginContext context) {
    BookingRequest request =
        new BookingRequest(
            UUID.fromString(context.require("businessId", String.class)),
            UUID.fromString(context.conversationId()),
            LocalDate.parse(context.require("bookingDate", String.class)),
            LocalTime.parse(context.require("bookingTime", String.class)),
            context.input("partySize", Integer.class).orElse(1),
            context.input("serviceItemId", String.class).map(UUID::fromString).orElse(null),
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
