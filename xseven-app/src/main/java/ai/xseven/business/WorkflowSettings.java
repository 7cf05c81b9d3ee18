package ai.xseven.business;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a business's durable workflows do, set by its owner. Read when a workflow starts: a change
 * applies to bookings and orders made after it.
 *
 * @param reminderOffsets how long before an appointment each reminder goes out, longest first
 * @param checkInOpensMinutes how long before the start a check-in is accepted
 * @param noShowAfterMinutes how long after the start, without a check-in, it is a no-show
 * @param followUpAfterMinutes how long after the end the feedback request goes out
 * @param orderAcceptTimeoutMinutes how long an order waits to be accepted before it is rejected
 * @param orderPrepareMinutes how long preparing an order is expected to take (escalation after)
 * @param orderPickupMinutes how long a ready order is expected to wait for pick-up
 * @param notificationChannels the channels customers are notified on, e.g. conversation, email
 */
public record WorkflowSettings(
    List<Duration> reminderOffsets,
    int checkInOpensMinutes,
    int noShowAfterMinutes,
    int followUpAfterMinutes,
    int orderAcceptTimeoutMinutes,
    int orderPrepareMinutes,
    int orderPickupMinutes,
    List<String> notificationChannels) {

  public static final WorkflowSettings DEFAULTS =
      new WorkflowSettings(List.of(Duration.ofHours(24), Duration.ofHours(1)), 30, 15, 120, 10,
          30, 60, List.of("conversation"));

  public WorkflowSettings {
    reminderOffsets = reminderOffsets.stream().distinct()
        .sorted(Comparator.reverseOrder()).toList();
    notificationChannels = List.copyOf(notificationChannels);
  }

  static List<Duration> parseOffsets(String text) {
    return parseList(text).stream().map(Duration::parse).toList();
  }

  static String formatOffsets(List<Duration> offsets) {
    return offsets.stream().map(Duration::toString).collect(Collectors.joining(","));
  }

  static List<String> parseList(String text) {
    return text == null || text.isBlank() ? List.of()
        : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
