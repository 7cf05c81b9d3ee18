package ai.xseven.business;

/** The slot cannot be booked; the message is meant for the customer. */
public class BookingRejectedException extends RuntimeException {

  public BookingRejectedException(String reason) {
    super(reason);
  }
}
