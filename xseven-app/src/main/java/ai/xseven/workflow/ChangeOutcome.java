package ai.xseven.workflow;

/**
 * What a workflow did with a requested change (reschedule, cancel, check-in, an order step).
 *
 * @param applied whether the change was made
 * @param message what was done, or the reason it was refused, in words a person reads
 */
public record ChangeOutcome(boolean applied, String message) {

  public static ChangeOutcome applied(String message) {
    return new ChangeOutcome(true, message);
  }

  public static ChangeOutcome refused(String reason) {
    return new ChangeOutcome(false, reason);
  }
}
