package ai.xseven.agent;

import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginResult;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A self-service request that needs another message — which booking, the new time, or a yes —
 * kept as plain process variables so that the studio shows it and a restart resumes it.
 *
 * @param action the intent that started it, e.g. {@code reschedule}
 * @param target the booking's or order's id, once known
 * @param date the new day of a move, once said
 * @param time the new time of a move, once said
 * @param awaiting what the assistant asked for last: {@code which}, {@code time} or
 *     {@code confirm}; null when nothing is asked
 */
record SelfServiceDraft(
    String action, String target, LocalDate date, LocalTime time, String awaiting) {

  static final String STAGE = "managing";
  static final String WHICH = "which";
  static final String TIME = "time";
  static final String CONFIRM = "confirm";

  static final String ACTION_VARIABLE = "selfServiceAction";
  static final String TARGET_VARIABLE = "selfServiceTarget";
  static final String DATE_VARIABLE = "selfServiceDate";
  static final String TIME_VARIABLE = "selfServiceTime";
  static final String AWAITING_VARIABLE = "selfServiceAwaiting";

  static SelfServiceDraft from(PluginContext context) {
    return new SelfServiceDraft(
        context.variable(ACTION_VARIABLE, String.class).orElse(null),
        context.variable(TARGET_VARIABLE, String.class).orElse(null),
        context.variable(DATE_VARIABLE, String.class).map(LocalDate::parse).orElse(null),
        context.variable(TIME_VARIABLE, String.class).map(LocalTime::parse).orElse(null),
        context.variable(AWAITING_VARIABLE, String.class).orElse(null));
  }

  static SelfServiceDraft start(String action) {
    return new SelfServiceDraft(action, null, null, null, null);
  }

  SelfServiceDraft withTarget(String id) {
    return new SelfServiceDraft(action, id, date, time, awaiting);
  }

  SelfServiceDraft withWhen(LocalDate newDate, LocalTime newTime) {
    return new SelfServiceDraft(action, target, newDate, newTime, awaiting);
  }

  SelfServiceDraft awaiting(String what) {
    return new SelfServiceDraft(action, target, date, time, what);
  }

  /** Keeps the request for the next message: the conversation is in the {@code managing} stage. */
  PluginResult.Builder ask(PluginResult.Builder result) {
    return write(result, this).output("stage", STAGE);
  }

  /** Forgets the request: it was done, refused or dropped. */
  static PluginResult.Builder done(PluginResult.Builder result) {
    return write(result, new SelfServiceDraft(null, null, null, null, null))
        .output("stage", "open");
  }

  private static PluginResult.Builder write(PluginResult.Builder result, SelfServiceDraft draft) {
    return result
        .output(ACTION_VARIABLE, draft.action())
        .output(TARGET_VARIABLE, draft.target())
        .output(DATE_VARIABLE, draft.date() == null ? null : draft.date().toString())
        .output(TIME_VARIABLE, draft.time() == null ? null : draft.time().toString())
        .output(AWAITING_VARIABLE, draft.awaiting());
  }
}
