package ai.xseven.agent;

import ai.xseven.business.Availability;
import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingRejectedException;
import ai.xseven.business.BookingRequest;
import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.CatalogEntry;
import ai.xseven.workflow.AppointmentScheduler;
import ai.xseven.workflow.CancelRequest;
import ai.xseven.workflow.ChangeOutcome;
import ai.xseven.workflow.CheckInRequest;
import ai.xseven.workflow.RescheduleRequest;
import ai.xseven.workflow.WorkflowStarted;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A customer's bookings at one business: new ones through {@link BookingService} (the
 * booking-policy rules decide), and once made, moved, cancelled and checked in through their
 * appointment workflow. A customer reaches only the bookings of their own conversation.
 */
class BookingTools {

  static final String MY_BOOKINGS = "myBookings";
  static final String CHECK_AVAILABILITY = "checkAvailability";
  static final String CREATE_BOOKING = "createBooking";
  static final String RESCHEDULE_BOOKING = "rescheduleBooking";
  static final String CANCEL_BOOKING = "cancelBooking";
  static final String CHECK_IN = "checkIn";
  static final List<ToolSpecification> SPECIFICATIONS =
      ToolSpecifications.toolSpecificationsFrom(BookingTools.class);

  /** The services a booking tool needs; one set per application. */
  record Services(BookingService bookings, BusinessService businesses,
      AppointmentScheduler appointments, CustomerVisits visits,
      ApplicationEventPublisher events) {}

  private final Services services;
  private final AgentTurn turn;
  private final BusinessProfile business;

  BookingTools(Services services, AgentTurn turn) {
    this.services = services;
    this.turn = turn;
    this.business = turn.business();
  }

  @Tool(name = MY_BOOKINGS, value = "the customer's upcoming bookings here, with their ids, "
      + "what comes next (the next reminder, the check-in window) and the name they are under")
  String myBookings() {
    List<BookingConfirmation> mine =
        services.visits().upcomingBookings(turn.conversationUuid(), business);
    if (mine.isEmpty()) {
      return "This conversation has no upcoming bookings at " + business.name() + ".";
    }
    return mine.stream().map(booking -> "• " + booking.bookingId() + ": "
            + services.visits().describe(booking) + " Under the name " + booking.customerName()
            + ".")
        .collect(Collectors.joining("\n"));
  }

  @Tool(name = CHECK_AVAILABILITY, value = "whether a booking can be made at a date and time")
  String checkAvailability(
      @P("the day, ISO yyyy-mm-dd") String date,
      @P("the time, 24-hour HH:mm") String time,
      @P(value = "the number of guests (restaurants)", required = false) Integer partySize,
      @P(value = "the catalog name of the service (salons)", required = false) String service) {
    BookingRequest request = request(date, time, partySize, service, null);
    Availability availability = services.bookings().check(request);
    return availability.available()
        ? "Available: " + what(request) + " on " + date + " at " + time + "."
        : "Not available: " + availability.reason();
  }

  @Tool(name = CREATE_BOOKING, value = "books a table or a service once the customer said yes; "
      + "the confirmation and reminders follow from the appointment workflow")
  String createBooking(
      @P("the day, ISO yyyy-mm-dd") String date,
      @P("the time, 24-hour HH:mm") String time,
      @P(value = "the number of guests (restaurants)", required = false) Integer partySize,
      @P(value = "the catalog name of the service (salons)", required = false) String service,
      @P("whose name the booking is under") String customerName) {
    if (customerName == null || customerName.isBlank()) {
      return "Not booked: I need the name the booking should be under.";
    }
    BookingRequest request = request(date, time, partySize, service, customerName.strip());
    try {
      BookingConfirmation booking = services.bookings().book(request);
      String workflowId = startWorkflow(booking);
      return "Booked " + booking.describe() + " under the name " + booking.customerName()
          + " (booking " + booking.bookingId() + ", workflow " + workflowId
          + "). A confirmation and reminders will follow in this chat.";
    } catch (BookingRejectedException rejected) {
      return "Not booked: " + rejected.getMessage();
    }
  }

  @Tool(name = RESCHEDULE_BOOKING, value = "moves one of the customer's bookings to another "
      + "date and time through its appointment workflow (the booking policy decides; the "
      + "reminders move with it), once the customer said yes")
  String rescheduleBooking(
      @P("the booking id, from myBookings") String bookingId,
      @P("the new day, ISO yyyy-mm-dd") String newDate,
      @P("the new time, 24-hour HH:mm") String newTime) {
    Optional<BookingConfirmation> booking = own(bookingId);
    if (booking.isEmpty()) {
      return notYours(bookingId);
    }
    String newStart = LocalDateTime.of(date(newDate), time(newTime)).toString();
    // The model's reply tells the customer; the workflow need not say it again.
    return outcome(services.appointments().reschedule(booking.get().bookingId(),
        new RescheduleRequest(newStart, "customer", false)), "Not moved: ");
  }

  @Tool(name = CANCEL_BOOKING, value = "cancels one of the customer's bookings through its "
      + "appointment workflow (refused outside the cancellation window), once the customer said "
      + "yes")
  String cancelBooking(@P("the booking id, from myBookings") String bookingId) {
    Optional<BookingConfirmation> booking = own(bookingId);
    if (booking.isEmpty()) {
      return notYours(bookingId);
    }
    return outcome(services.appointments().cancel(booking.get().bookingId(),
        new CancelRequest(null, false, "customer", false)), "Not cancelled: ");
  }

  @Tool(name = CHECK_IN, value = "checks the customer in for their booking when they say they "
      + "have arrived (accepted while the check-in window is open)")
  String checkIn(@P("the booking id, from myBookings") String bookingId) {
    Optional<BookingConfirmation> booking = own(bookingId);
    if (booking.isEmpty()) {
      return notYours(bookingId);
    }
    return outcome(services.appointments().checkIn(booking.get().bookingId(),
        new CheckInRequest("customer")), "Not checked in: ");
  }

  private static String outcome(ChangeOutcome outcome, String refused) {
    return outcome.applied() ? outcome.message() : refused + outcome.message();
  }

  private String startWorkflow(BookingConfirmation booking) {
    String workflowId = services.appointments().startAfterCommit(booking);
    UUID conversation = turn.conversationUuid();
    if (conversation != null) {
      services.events().publishEvent(new WorkflowStarted(conversation,
          booking.bookingId().toString(), workflowId));
    }
    return workflowId;
  }

  /** A booking of this conversation at this business; anything else is not the customer's. */
  private Optional<BookingConfirmation> own(String bookingId) {
    return services.visits().ownBooking(turn.conversationUuid(), business, bookingId);
  }

  private static String notYours(String bookingId) {
    return "There is no booking " + bookingId + " in this conversation; myBookings lists them.";
  }

  private BookingRequest request(String date, String time, Integer partySize, String service,
      String customerName) {
    UUID serviceId = null;
    if (service != null && !service.isBlank()) {
      serviceId = catalogItem(service).map(CatalogEntry::id).orElseThrow(() ->
          new IllegalArgumentException("There is no service called '" + service + "'. The "
              + "catalog tool lists them."));
    }
    int guests = partySize == null ? 1 : partySize;
    return new BookingRequest(business.id(), turn.conversationUuid(), date(date), time(time),
        guests, serviceId, customerName);
  }

  private Optional<CatalogEntry> catalogItem(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    List<CatalogEntry> entries = services.businesses().catalog(business.id());
    return entries.stream().filter(entry -> entry.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  private String what(BookingRequest request) {
    if (request.catalogItemId() != null) {
      return services.businesses().catalog(business.id()).stream()
          .filter(entry -> entry.id().equals(request.catalogItemId()))
          .map(CatalogEntry::name).findFirst().orElse("the service");
    }
    return business.kind() == BusinessKind.RESTAURANT
        ? "a table for " + request.partySize() : "an appointment";
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text == null ? "" : text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date like 2026-11-27.");
    }
  }

  private static LocalTime time(String text) {
    try {
      return LocalTime.parse(text == null ? "" : text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a time like 19:30.");
    }
  }
}
