package ai.xseven.workflow;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/**
 * The timeouts and retries of every activity the workflows call, in three kinds: what must reach
 * a person, what must happen, and what someone is waiting for.
 */
final class ActivityPolicies {

  /** A notification must never be missed: retry without limit, backing off to once a minute. */
  static final ActivityOptions NOTIFICATIONS = untilDone(Duration.ofSeconds(30));

  private ActivityPolicies() {}

  /**
   * A step a timer takes (a no-show, a completion, an automatic rejection): nobody waits for it,
   * so it is retried until it is done.
   *
   * @param refusals exception types that retrying cannot change
   */
  static ActivityOptions mustHappen(String... refusals) {
    return untilDone(Duration.ofSeconds(10), refusals);
  }

  /**
   * A change someone is waiting for (a move, a cancel, an owner's click): a few quick attempts,
   * then the update fails and the person is asked to try again, rather than a request that hangs.
   */
  static ActivityOptions whileSomeoneWaits(String... refusals) {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(10))
        .setRetryOptions(
            RetryOptions.newBuilder()
                .setInitialInterval(Duration.ofSeconds(1))
                .setBackoffCoefficient(2)
                .setMaximumInterval(Duration.ofSeconds(5))
                .setMaximumAttempts(4)
                .setDoNotRetry(refusals)
                .build())
        .build();
  }

  private static ActivityOptions untilDone(Duration startToClose, String... refusals) {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(startToClose)
        .setRetryOptions(
            RetryOptions.newBuilder()
                .setInitialInterval(Duration.ofSeconds(1))
                .setBackoffCoefficient(2)
                .setMaximumInterval(Duration.ofMinutes(1))
                .setMaximumAttempts(0)
                .setDoNotRetry(refusals)
                .build())
        .build();
  }
}
