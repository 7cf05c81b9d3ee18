package ai.xseven.business;

/** The booking policy does not let this booking be cancelled; the message is for the customer. */
public class CancellationRefusedException extends RuntimeException {

  public CancellationRefusedException(String reason) {
    super(reason);
  }
}
