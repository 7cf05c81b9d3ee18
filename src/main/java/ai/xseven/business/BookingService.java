package ai.xseven.business;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
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
        bookings.save(
            new Booking(business.id, request.conversationId(), request.customerName(),
                request.catalogItemId(), request.partySize(), availability.startsAt(),
                availability.endsAt(), clock.instant()));
    return confirmation(booking, business);
  }

  /**
   * Cancels the booking if the booking policy's cancellation window allows it, and publishes
   * {@link BookingCancelled}. Cancelling it again changes nothing and publishes nothing. The row is
   * locked so that two requests cannot both cancel it.
   *
   * @throws NotFoundException when there is no such booking
   * @throws CancellationRefusedException when the policy refuses, with the reason
   */
  @Transactional(noRollbackFor = {NotFoundException.class, CancellationRefusedException.class})
  public BookingCancelled cancel(UUID bookingId) {
    Booking booking =
        Optional.ofNullable(
                entityManager.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(() -> NotFoundException.booking(bookingId));
    Business business = business(booking.businessId);
    BookingCancelled cancelled = BookingCancelled.of(confirmation(booking, business));
    if (booking.status == Booking.Status.CANCELLED) {
      return cancelled;
    }
    rules.cancellation(business, booking, clock.instant()).ifPresent(reason -> {
      throw new CancellationRefusedException(reason);
    });
    booking.status = Booking.Status.CANCELLED;
    events.publishEvent(cancelled);
    return cancelled;
  }

  /**
   * Moves a booking to another date and time: the same party, service and name. The old slot is
   * released as a cancellation would release it (the cancellation window applies, and
   * {@link BookingCancelled} is published for it, so its workflow stops) and the new slot is booked
   * under the booking policy, with the old booking's own seats counted as free. Both in one
   * transaction: either the booking moved or nothing changed. Refusals are thrown before anything
   * is written, so they do not mark a caller's transaction for rollback.
   *
   * @return the new booking (it has a new id)
   * @throws NotFoundException when there is no such booking
   * @throws CancellationRefusedException when the cancellation window has closed
   * @throws BookingRejectedException when the booking was cancelled or the new slot is refused
   */
  @Transactional(noRollbackFor = {NotFoundException.class, CancellationRefusedException.class,
      BookingRejectedException.class})
  public BookingConfirmation reschedule(UUID bookingId, LocalDate date, LocalTime time) {
    UUID businessId = bookings.findById(bookingId)
        .orElseThrow(() -> NotFoundException.booking(bookingId)).businessId;
    // Business first, then booking: the order book() and cancel() lock in.
    Business business =
        entityManager.find(Business.class, businessId, LockModeType.PESSIMISTIC_WRITE);
    Booking booking = entityManager.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE);
    if (booking.status == Booking.Status.CANCELLED) {
      throw new BookingRejectedException("That booking was cancelled; it cannot be moved.");
    }
    rules.cancellation(business, booking, clock.instant()).ifPresent(reason -> {
      throw new CancellationRefusedException(reason);
    });
    BookingRequest request = new BookingRequest(business.id, booking.conversationId, date, time,
        booking.partySize, booking.catalogItemId, booking.customerName);
    Availability availability = evaluate(business, request, booking.id);
    if (!availability.available()) {
      throw new BookingRejectedException(availability.reason());
    }
    booking.status = Booking.Status.CANCELLED;
    Booking moved =
        bookings.save(
            new Booking(business.id, booking.conversationId, booking.customerName,
                booking.catalogItemId, booking.partySize, availability.startsAt(),
                availability.endsAt(), clock.instant()));
    events.publishEvent(BookingCancelled.of(confirmation(booking, business)));
    return confirmation(moved, business);
  }

  /** The conversation's confirmed bookings that have not started yet, soonest first. */
  public List<BookingConfirmation> upcomingOfConversation(UUID conversationId) {
    return bookings.findConfirmedOfConversationStartingAfter(conversationId, clock.instant())
        .stream()
        .map(booking -> confirmation(booking, business(booking.businessId)))
        .toList();
  }

  public Optional<BookingConfirmation> find(UUID bookingId) {
    return bookings.findById(bookingId)
        .map(booking -> confirmation(booking, business(booking.businessId)));
  }

  /** The business's confirmed bookings that start on {@code date} (its own time zone), in order. */
  public List<BookingConfirmation> onDay(UUID businessId, LocalDate date) {
    Business business = business(businessId);
    Instant from = date.atStartOfDay(business.zone()).toInstant();
    Instant to = date.plusDays(1).atStartOfDay(business.zone()).toInstant();
    return bookings.findConfirmedStartingBetween(businessId, from, to).stream()
        .map(booking -> confirmation(booking, business))
        .toList();
  }

  /** Confirmed bookings that have not started yet: each must have a live reminder workflow. */
  public List<BookingConfirmation> upcoming() {
    return bookings.findConfirmedStartingAfter(clock.instant()).stream()
        .map(booking -> confirmation(booking, business(booking.businessId)))
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
        bookings.findConfirmedOverlapping(business.id, startsAt, endsAt).stream()
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
        business.zone(), booking.createdAt);
  }

  private Business business(UUID id) {
    return businesses.findById(id)
        .orElseThrow(() -> new BookingRejectedException("That business does not exist."));
  }
}
