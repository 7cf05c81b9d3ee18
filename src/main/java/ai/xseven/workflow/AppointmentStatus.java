package ai.xseven.workflow;

import java.util.List;

/**
 * Where an appointment workflow is.
 *
 * @param stage {@code starting}, {@code awaiting-reminder-24h}, {@code awaiting-reminder-1h},
 *     {@code awaiting-start}, then {@code due} or {@code cancelled}
 * @param sent the notifications sent so far, in order: {@code confirmation}, {@code reminder-24h},
 *     {@code reminder-1h}, {@code cancellation}
 */
public record AppointmentStatus(
    String stage, boolean cancelled, List<String> sent, long startsAtEpochMillis) {}
