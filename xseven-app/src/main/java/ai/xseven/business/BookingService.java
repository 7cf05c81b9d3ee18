package ai.xseven.business;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Bookings that respect the booking policy: opening hours, lead time, capacity, cancellation. */
@Service
@Transactional(readOnly = true)
public class BookingService {

  private final BusinessRepository businesses;
  private final CatalogItemRepository catalog;
  private final BookingRepository bookings;
  private final BookingRules rules;
  private final EntityManager entityManager;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  BookingService(BusinessRepository businesses, CatalogItemRepository catalog,
      BookingRepository bookings, BookingRules rules, EntityManager entityManager,
      ApplicationEventPublisher events, Clock clock) {
    this.businesses = businesses;
    this.catalog = catalog;
    this.bookings = bookings;
    this.rules = rules;
    this.entityManager = entityManager;
    this.events = events;
    this.clock = clock;
  }

  public Availability check(BookingRequest request) {
    Business business = business(request.businessId());
    return evaluate(business, request, null);
  }

  /**
   * Books the slot or throws {@link BookingRejectedException}. The business row is locked so that
   * two nodes cannot both sell the last seats.
   */
  @Transactional(noRollbackFor = BookingRejectedException.class)
  public BookingConfirmation book(BookingRequest request) {
    Business business =
        entityManager.find(Business.class, request.businessId(), LockModeType.PESSIMISTIC_WRITE);
    if (business == null) {
      throw new BookingRejectedException("That business does not exist.");
    }
    Availability availability = evaluate(business, request, null);
    if (!availability.available()) {
      throw new BookingRejectedException(availability.reason());
    }
    Booking booking =
        new Booking(business.id, request.conversationId(), request.customerName(),
            request.catalogItemId(), request.partySize(), availability.startsAt(),
            availability.endsAt(), clock.instant());
    booking.customerContact = request.customerContact();
    return confirmation(bookings.save(booking), business);
  }

  /** As {@link #cancel(UUID, boolean)} for the customer: the cancellation window applies. */
  @Transactional(noRollbackFor = {NotFoundException.class, CancellationRefusedException.class})
  public BookingCancelled cancel(UUID bookingId) {
    return cancel(bookingId, false);
  }

  /**
   * Cancels the booking if the booking policy's cancellation window allows it (or the owner
   * overrides the window), and publishes {@link BookingCancelled}. Cancelling it again changes
   * nothing and publishes nothing. The row is locked so that two requests cannot both cancel it.
   *
   * @param ownerOverride the business's owner cancels outside the window
   * @throws NotFoundException when there is no such booking
   * @throws CancellationRefusedException when the policy refuses, or the booking has checked in or
   *     is over, with the reason
   */
  @Transactional(noRollbackFor = {NotFoundException.class, CancellationRefusedException.class})
  public BookingCancelled cancel(UUID bookingId, boolean ownerOverride) {
    Booking booking = lock(bookingId);
    Business business = business(booking.businessId);
    BookingCancelled cancelled = BookingCancelled.of(confirmation(booking, business));
    if (booking.status == Booking.Status.CANCELLED) {
      return cancelled;
    }
    if (booking.status != Booking.Status.CONFIRMED) {
      throw new CancellationRefusedException(unchangeable(booking, "cancelled"));
    }
    if (!ownerOverride) {
      rules.cancellation(business, booking, clock.instant()).ifPresent(reason -> {
        throw new CancellationRefusedException(reason);
      });
    }
    booking.status = Booking.Status.CANCELLED;
    events.publishEvent(cancelled);
    return cancelled;
  }

  /**
   * Moves the booking to another start, keeping its id, party, service and name: the appointment
   * workflow that drives it stays the same. The new slot is checked against the booking policy
   * (hours, lead time, capacity with the booking's own seats counted as free). A customer's move
   * also gives up the old time, so the cancellation window applies to it; the owner or the system
   * ({@code bypassWindow}) may move a booking inside the window, but never past the other rules.
   * Refusals are thrown before anything is written, so they do not mark a caller's transaction for
   * rollback.
   *
   * @param newStart the new start in the business's own time zone
   * @return the moved booking
   * @throws NotFoundException when there is no such booking
   * @throws CancellationRefusedException when the cancellation window has closed
   * @throws BookingRejectedException when the booking is no longer confirmed or the new slot is
   *     refused
   */
  @Transactional(noRollbackFor = {NotFoundException.class, CancellationRefusedException.class,
      BookingRejectedException.class})
  public BookingConfirmation move(UUID bookingId, LocalDateTime newStart, boolean bypassWindow) {
    UUID businessId = bookings.findById(bookingId)
        .orElseThrow(() -> NotFoundException.booking(bookingId)).businessId;
    // Business first, then booking: the order book() and cancel() lock in.
    Business business =
        entityManager.find(Business.class, businessId, LockModeType.PESSIMISTIC_WRITE);
    Booking booking = lock(bookingId);
    if (booking.status != Booking.Status.CONFIRMED) {
      throw new BookingRejectedException(unchangeable(booking, "moved"));
    }
    if (!bypassWindow) {
      rules.cancellation(business, booking, clock.instant()).ifPresent(reason -> {
        throw new CancellationRefusedException(reason);
      });
    }
    BookingRequest request = new BookingRequest(business.id, booking.conversationId,
        newStart.toLocalDate(), newStart.toLocalTime(), booking.partySize, booking.catalogItemId,
        booking.customerName, booking.customerContact);
    Availability availability = evaluate(business, request, booking.id);
    if (!availability.available()) {
      throw new BookingRejectedException(availability.reason());
    }
    booking.startsAt = availability.startsAt();
    booking.endsAt = availability.endsAt();
    return confirmation(booking, business);
  }

  /**
   * The customer has arrived: the booking keeps its place. Checking in again changes nothing.
   *
   * @throws BookingRejectedException when it was cancelled, missed or is over
   */
  @Transactional(noRollbackFor = {NotFoundException.class, BookingRejectedException.class})
  public BookingConfirmation markCheckedIn(UUID bookingId) {
    return transition(bookingId, Booking.Status.CONFIRMED, Booking.Status.CHECKED_IN,
        "checked in");
  }

  /**
   * Nobody came: the booking lets its place go, so the slot can be booked again.
   *
   * @throws BookingRejectedException when it was checked in, cancelled or is over
   */
  @Transactional(noRollbackFor = {NotFoundException.class, BookingRejectedException.class})
  public BookingConfirmation markNoShow(UUID bookingId) {
    return transition(bookingId, Booking.Status.CONFIRMED, Booking.Status.NO_SHOW,
        "marked as missed");
  }

  /**
   * The visit is over.
   *
   * @throws BookingRejectedException unless the customer had checked in
   */
  @Transactional(noRollbackFor = {NotFoundException.class, BookingRejectedException.class})
  public BookingConfirmation markCompleted(UUID bookingId) {
    return transition(bookingId, Booking.Status.CHECKED_IN, Booking.Status.COMPLETED,
        "completed");
  }

  /**
   * Records the workflow that drives the booking. In a transaction of its own: it is called after
   * the booking's transaction committed, when that transaction's resources may still be bound.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void attachWorkflow(UUID bookingId, String workflowId) {
    if (bookings.setWorkflowId(bookingId, workflowId) == 0) {
      throw NotFoundException.booking(bookingId);
    }
  }

  /**
   * The booking, whatever its status.
   *
   * @throws NotFoundException when there is no such booking
   */
  public BookingConfirmation get(UUID bookingId) {
    return find(bookingId).orElseThrow(() -> NotFoundException.booking(bookingId));
  }

  /**
   * The conversation's bookings that have not started yet and hold their place (confirmed or
   * already checked in), soonest first.
   */
  public List<BookingConfirmation> upcomingOfConversation(UUID conversationId) {
    return bookings.findActiveOfConversationStartingAfter(conversationId, clock.instant())
        .stream()
        .map(booking -> confirmation(booking, business(booking.businessId)))
        .toList();
  }

  public Optional<BookingConfirmation> find(UUID bookingId) {
    return bookings.findById(bookingId)
        .map(booking -> confirmation(booking, business(booking.businessId)));
  }

  /**
   * The business's bookings that start on {@code date} (its own time zone) and hold their place
   * (confirmed or checked in), in order.
   */
  public List<BookingConfirmation> onDay(UUID businessId, LocalDate date) {
    Business business = business(businessId);
    Instant from = date.atStartOfDay(business.zone()).toInstant();
    Instant to = date.plusDays(1).atStartOfDay(business.zone()).toInstant();
    return bookings.findActiveStartingBetween(businessId, from, to).stream()
        .map(booking -> confirmation(booking, business))
        .toList();
  }

  /**
   * Confirmed and checked-in bookings that have not ended yet: each must have a live appointment
   * workflow (reminders, check-in, no-show, follow-up).
   */
  public List<BookingConfirmation> upcoming() {
    return bookings.findActiveEndingAfter(clock.instant()).stream()
        .map(booking -> confirmation(booking, business(booking.businessId)))
        .toList();
  }

  /** The business's bookings that hold their place and have not ended, earliest first. */
  public List<BookingConfirmation> activeOf(UUID businessId) {
    Business business = business(businessId);
    return bookings.findActiveOfBusinessEndingAfter(businessId, clock.instant()).stream()
        .map(booking -> confirmation(booking, business))
        .toList();
  }

  /** Cancelled bookings that have not started yet: none of them may get another reminder. */
  public List<UUID> cancelledUpcoming() {
    return bookings.findIdsOfCancelledStartingAfter(clock.instant());
  }

  /** {@code excluded}: a booking whose seats count as free (the one being moved), or null. */
  private Availability evaluate(Business business, BookingRequest request, UUID excluded) {
    Optional<CatalogItem> service =
        Optional.ofNullable(request.catalogItemId()).flatMap(catalog::findById);
    int minutes = service.map(item -> item.durationMinutes).orElse(business.slotMinutes);
    ZonedDateTime start = ZonedDateTime.of(request.date(), request.time(), business.zone());
    Instant startsAt = start.toInstant();
    Instant endsAt = startsAt.plus(Duration.ofMinutes(minutes));
    List<Booking> overlapping =
        bookings.findActiveOverlapping(business.id, startsAt, endsAt).stream()
            .filter(booking -> !booking.id.equals(excluded))
            .toList();
    return rules.evaluate(business, request, start, minutes, overlapping, clock.instant())
        .map(Availability::refused)
        .orElseGet(() -> Availability.free(startsAt, endsAt));
  }

  private BookingConfirmation confirmation(Booking booking, Business business) {
    String serviceName =
        Optional.ofNullable(booking.catalogItemId)
            .flatMap(catalog::findById)
            .map(item -> item.name)
            .orElse(null);
    return new BookingConfirmation(booking.id, business.id, business.name, booking.conversationId,
        booking.customerName, serviceName, booking.partySize, booking.startsAt, booking.endsAt,
        business.zone(), booking.createdAt, booking.customerContact, booking.status.name(),
        booking.workflowId);
  }

  /** {@code from} becomes {@code to}; a booking already at {@code to} stays as it is. */
  private BookingConfirmation transition(UUID bookingId, Booking.Status from, Booking.Status to,
      String what) {
    Booking booking = lock(bookingId);
    if (booking.status != to) {
      if (booking.status != from) {
        throw new BookingRejectedException(unchangeable(booking, what));
      }
      booking.status = to;
    }
    return confirmation(booking, business(booking.businessId));
  }

  private Booking lock(UUID bookingId) {
    return Optional.ofNullable(
            entityManager.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(() -> NotFoundException.booking(bookingId));
  }

  /** Why a booking in its status can no longer be {@code what} ("moved", "cancelled"). */
  private static String unchangeable(Booking booking, String what) {
    return switch (booking.status) {
      case CANCELLED -> "That booking was cancelled; it cannot be " + what + ".";
      case CHECKED_IN -> "The customer has already checked in; the booking cannot be " + what
          + ".";
      case COMPLETED -> "That appointment is over; it cannot be " + what + ".";
      case NO_SHOW -> "That appointment was missed and its place released; it cannot be " + what
          + ".";
      case CONFIRMED -> "That booking is not checked in yet; it cannot be " + what + ".";
    };
  }

  private Business business(UUID id) {
    return businesses.findById(id)
        .orElseThrow(() -> new BookingRejectedException("That business does not exist."));
  }
}
