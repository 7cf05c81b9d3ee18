package ai.xseven.workflow;

import ai.xseven.sdk.PluginDefinition;
import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Gives a booking its appointment workflow. Replies nothing: the workflow's confirmation is the
 * reply.
 *
 * <p>Inside the turn's transaction the workflow starts only after commit
 * ({@link AppointmentScheduler#startAfterCommit}).
 */
@Component
class StartAppointmentPlugin implements ServiceTaskPlugin {

  private final BookingService bookings;
  private final AppointmentScheduler scheduler;
  private final ApplicationEventPublisher events;

  StartAppointmentPlugin(
      BookingService bookings, AppointmentScheduler scheduler, ApplicationEventPublisher events) {
    this.bookings = bookings;
    this.scheduler = scheduler;
    this.events = events;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("startAppointment")
        .name("Start appointment")
        .description("Starts the booking's workflow: a confirmation now, reminders at the business's offsets"
        + " before the start, check-in, no-show handling and a follow-up after the visit.")
        .reads(List.of(Variable.required("bookingId", String.class, "The confirmed booking.")))
        .writes(List.of(
        Variable.required(
            "workflowId", String.class, "The booking's appointment workflow.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    String bookingId = context.require("bookingId", String.class);
    BookingConfirmation booking =
        bookings
            .find(uuid(bookingId, context))
            .orElseThrow(
                () ->
                    new PluginException(
                        "Task " + context.taskId() + ": there is no booking " + bookingId));
    String workflowId = scheduler.startAfterCommit(booking);
    events.publishEvent(
        new WorkflowStarted(
            UUID.fromString(context.conversationId()), bookingId, workflowId));
    return PluginResult.builder().output("workflowId", workflowId).build();
  }

  private static UUID uuid(String bookingId, PluginContext context) {
    try {
      return UUID.fromString(bookingId);
    } catch (IllegalArgumentException e) {
      throw new PluginException(
          "Task " + context.taskId() + ": bookingId '" + bookingId + "' is not a UUID");
    }
  }
}
