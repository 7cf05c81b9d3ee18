package ai.xseven.business;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BusinessRepository extends JpaRepository<Business, UUID> {
  List<Business> findAllByOrderByName();

  Optional<Business> findBySlug(String slug);
}

interface CatalogItemRepository extends JpaRepository<CatalogItem, UUID> {
  List<CatalogItem> findByBusinessIdAndAvailableTrueOrderByPosition(UUID businessId);

  List<CatalogItem> findByBusinessIdOrderByPosition(UUID businessId);
}

interface CustomerOrderRepository extends JpaRepository<CustomerOrder, UUID> {
  List<CustomerOrder> findByConversationIdOrderByCreatedAtDesc(UUID conversationId);

  /** Orders not yet handed over, rejected or cancelled (see {@link Order.Status#isOpen()}). */
  @Query(
      """
      select count(distinct o) from CustomerOrder o join o.lines l
      where l.catalogItemId = ?1 and o.status in ('PLACED', 'ACCEPTED', 'PREPARING', 'READY')""")
  long countOpenIncluding(UUID catalogItemId);

  List<CustomerOrder> findByWorkflowIdNotNullAndStatusInOrderByCreatedAt(
      Collection<Order.Status> statuses);

  List<CustomerOrder> findByBusinessIdAndStatusInOrderByCreatedAt(UUID businessId,
      Collection<Order.Status> statuses);
}

interface OpeningHoursRepository extends JpaRepository<OpeningHours, UUID> {
  List<OpeningHours> findByBusinessIdOrderByDayOfWeekAscOpensAsc(UUID businessId);
}

interface BookingRepository extends JpaRepository<Booking, UUID> {

  // CONFIRMED and CHECKED_IN bookings hold their place (Booking.Status.holdsItsPlace).

  @Query(
      """
      select b from Booking b where b.businessId = ?1 and b.status in ('CONFIRMED', 'CHECKED_IN')
      and b.startsAt < ?3 and b.endsAt > ?2""")
  List<Booking> findActiveOverlapping(UUID businessId, Instant from, Instant to);

  @Query(
      """
      select b from Booking b where b.businessId = ?1 and b.status in ('CONFIRMED', 'CHECKED_IN')
      and b.startsAt >= ?2 and b.startsAt < ?3 order by b.startsAt""")
  List<Booking> findActiveStartingBetween(UUID businessId, Instant from, Instant to);

  @Query(
      """
      select b from Booking b where b.status in ('CONFIRMED', 'CHECKED_IN') and b.endsAt > ?1
      order by b.startsAt""")
  List<Booking> findActiveEndingAfter(Instant instant);

  @Query(
      """
      select b from Booking b where b.businessId = ?1 and b.status in ('CONFIRMED', 'CHECKED_IN')
      and b.endsAt > ?2 order by b.startsAt""")
  List<Booking> findActiveOfBusinessEndingAfter(UUID businessId, Instant instant);

  @Query(
      """
      select b from Booking b where b.conversationId = ?1
      and b.status in ('CONFIRMED', 'CHECKED_IN') and b.startsAt > ?2 order by b.startsAt""")
  List<Booking> findActiveOfConversationStartingAfter(UUID conversationId, Instant instant);

  @Query(
      """
      select count(b) from Booking b where b.catalogItemId = ?1
      and b.status in ('CONFIRMED', 'CHECKED_IN') and b.endsAt > ?2""")
  long countConfirmedOfItemEndingAfter(UUID catalogItemId, Instant instant);

  @Query("select b.id from Booking b where b.status = 'CANCELLED' and b.startsAt > ?1")
  List<UUID> findIdsOfCancelledStartingAfter(Instant instant);

  @Modifying
  @Query("update Booking b set b.workflowId = ?2 where b.id = ?1")
  int setWorkflowId(UUID bookingId, String workflowId);
}
