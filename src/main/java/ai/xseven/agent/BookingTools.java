package ai.xseven.agent;

import ai.xseven.business.Availability;
import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingRejectedException;
import ai.xseven.business.BookingRequest;
import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.CancellationRefusedException;
import ai.xseven.business.CatalogEntry;
import ai.xseven.business.NotFoundException;
import ai.xseven.workflow.AppointmentScheduler;
import ai.xseven.workflow.WorkflowStarted;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A customer's bookings at one business, through {@link BookingService} (the booking-policy rules
 * decide) and the appointment workflow. A customer reaches only the bookings of their own
 * conversation.
 */
class BookingTools {

  static final String MY_BOOKINGS = "myBookings";
  static final String CHECK_AVAILABILITY = "checkAvailability";
  static final String CREATE_BOOKING = "createBooking";
  static final String RESCHEDULE_BOOKING = "rescheduleBooking";
  static final String CANCEL_BOOKING = "cancelBooking";
  static final List<ToolSpecification> SPECIFICATIONS =
      ToolSpecifications.toolSpecificationsFrom(BookingTools.class);

  /** The services a booking tool needs; one set per application. */
  record Services(BookingService bookings, BusinessService businesses,
      AppointmentScheduler appointments, ApplicationEventPublisher events) {}

  private final Services services;
  private final AgentTurn turn;
  private final BusinessProfile business;

  BookingTools(Services services, AgentTurn turn) {
    this.services = services;
    this.turn = turn;
    this.business = turn.business();
  }

  @Tool(name = MY_BOOKINGS, value = "the customer's upcoming bookings here, with their ids")
  String myBookings() {
    List<BookingConfirmation> mine = mine();
    if (mine.isEmpty()) {
      return "This conversation has no upcoming bookings at " + business.name() + ".";
    }
    return mine.stream().map(booking -> "• " + booking.bookingId() + ": " + booking.describe()
            + " under the name " + booking.customerName())
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
      + "date and time, once the customer said yes")
  String rescheduleBooking(
      @P("the booking id, from myBookings") String bookingId,
      @P("the new day, ISO yyyy-mm-dd") String newDate,
      @P("the new time, 24-hour HH:mm") String newTime) {
    Optional<BookingConfirmation> booking = own(bookingId);
    if (booking.isEmpty()) {
      return notYours(bookingId);
    }
    try {
      BookingConfirmation moved = services.bookings().reschedule(booking.get().bookingId(),
          date(newDate), time(newTime));
      String workflowId = startWorkflow(moved);
      return "Moved: " + moved.describe() + " (new booking " + moved.bookingId()
          + ", workflow " + workflowId + "); the old time is released.";
    } catch (BookingRejectedException | CancellationRefusedException refused) {
      return "Not moved: " + refused.getMessage();
    }
  }

  @Tool(name = CANCEL_BOOKING, value = "cancels one of the customer's bookings, once the "
      + "customer said yes")
  String cancelBooking(@P("the booking id, from myBookings") String bookingId) {
    Optional<BookingConfirmation> booking = own(bookingId);
    if (booking.isEmpty()) {
      return notYours(bookingId);
    }
    try {
      return "Cancelled: " + services.bookings().cancel(booking.get().bookingId()).description()
          + ".";
    } catch (CancellationRefusedException | NotFoundException refused) {
      return "Not cancelled: " + refused.getMessage();
    }
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

  private List<BookingConfirmation> mine() {
    UUID conversation = turn.conversationUuid();
    return conversation == null ? List.of()
        : services.bookings().upcomingOfConversation(conversation).stream()
            .filter(booking -> booking.businessId().equals(business.id()))
            .toList();
  }

  /** A booking of this conversation at this business; anything else is not the customer's. */
  private Optional<BookingConfirmation> own(String bookingId) {
    UUID id;
    try {
      id = UUID.fromString(bookingId == null ? "" : bookingId.strip());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    UUID conversation = turn.conversationUuid();
    return services.bookings().find(id)
        .filter(booking -> conversation != null && conversation.equals(booking.conversationId()))
        .filter(booking -> booking.businessId().equals(business.id()));
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
