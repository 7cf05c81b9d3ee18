package ai.xseven.business;

/**
 * A customer's wish to cancel a booking, as {@code rules/booking-policy.drl} sees it.
 *
 * @param minutesBeforeStart how long before its start the booking is cancelled; negative once it
 *     has begun
 */
public record CancellationRequest(String businessName, String businessPhone,
    long minutesBeforeStart) {}
