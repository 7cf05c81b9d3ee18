package ai.xseven.workflow;

import java.util.List;

/**
 * Where an order workflow is, as its {@code status} query reports it.
 *
 * @param stage {@code placed}, {@code accepted}, {@code preparing}, {@code ready},
 *     {@code picked-up}, {@code delivered}, {@code completed} (feedback asked), {@code rejected}
 *     or {@code cancelled}
 * @param stageDueAtEpochMillis when the current stage is expected to end (escalation or timeout);
 *     null when nothing is due
 * @param compensation what a cancellation did: {@code none}, {@code released} or
 *     {@code refunded}; null when not cancelled
 * @param stages each stage reached, in order
 * @param history every notification sent, in order
 */
public record OrderStatus(
    String stage,
    Long stageDueAtEpochMillis,
    String compensation,
    String reason,
    List<StageChange> stages,
    List<NotificationRecord> history) {

  /** @param by {@code customer}, {@code owner} or {@code system} (a timer) */
  public record StageChange(String stage, long atEpochMillis, String by) {}
}
