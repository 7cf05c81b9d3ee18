package ai.xseven.workflow;

import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import ai.xseven.sdk.Variable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Changes a running appointment or order workflow through the updates it has: an appointment is
 * rescheduled, cancelled or checked in; an order is cancelled or moved on by the business (accept,
 * reject, start preparing, mark ready, picked up, delivered). The workflow's own rules decide: a
 * refusal (outside the cancellation window, the wrong stage) is written as the outcome, not
 * thrown, so the diagram can branch on it. Not an agent tool: the agents have their own checked
 * booking and order tools.
 */
@Component
class SignalWorkflowPlugin implements ServiceTaskPlugin {

  private static final Map<String, OrderAction> ORDER_STEPS = Map.of(
      "accept", OrderAction.ACCEPT,
      "reject", OrderAction.REJECT,
      "startPreparing", OrderAction.START_PREPARING,
      "markReady", OrderAction.MARK_READY,
      "pickedUp", OrderAction.PICKED_UP,
      "delivered", OrderAction.DELIVERED);

  private final WorkflowAccess workflows;

  SignalWorkflowPlugin(WorkflowAccess workflows) {
    this.workflows = workflows;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("signalWorkflow")
        .name("Change workflow")
        .description("Reschedules, cancels or checks in an appointment, or cancels or moves on an "
            + "order, through its workflow; the workflow's rules may refuse.")
        .input(WorkflowSubject.idField())
        .input(InputField.choice("operation", "cancel", "reschedule", "checkIn", "accept",
                "reject", "startPreparing", "markReady", "pickedUp", "delivered")
            .label("Operation").required()
            .description("reschedule and checkIn are for appointments; accept to delivered for "
                + "orders; cancel for both."))
        .input(InputField.expression("newStart").label("New start")
            .description("For reschedule: the new date and time in the business's zone, "
                + "2026-11-27T19:30, e.g. ${newStart}."))
        .input(InputField.expression("reason").label("Reason")
            .description("Why, in words the customer may read (cancel, reject)."))
        .input(InputField.choice("requestedBy", "customer", "owner", "system")
            .label("Requested by").defaultValue("customer")
            .description("Who asks; an owner's cancel may fall outside the cancellation window."))
        .input(InputField.bool("notifyCustomer").label("Tell the customer").defaultValue("true")
            .description("Whether the workflow tells the customer; false when the diagram's own "
                + "reply does."))
        .writes(List.of(
            Variable.required("workflowChangeApplied", Boolean.class,
                "Whether the workflow made the change."),
            Variable.required("workflowChangeMessage", String.class,
                "What was done, or why it was refused.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    WorkflowSubject subject = workflows.subject(context);
    String operation = context.text("operation").orElseThrow();
    String requestedBy = context.text("requestedBy").orElse("customer");
    String reason = context.text("reason").orElse(null);
    boolean notify = context.flag("notifyCustomer");
    CancelRequest cancel = new CancelRequest(reason, "owner".equals(requestedBy), requestedBy,
        notify);
    ChangeOutcome outcome;
    if (subject.kind() == WorkflowSubject.Kind.APPOINTMENT) {
      outcome = switch (operation) {
        case "cancel" -> workflows.appointments().cancel(subject.subjectId(), cancel);
        case "reschedule" -> workflows.appointments().reschedule(subject.subjectId(),
            new RescheduleRequest(newStart(context), requestedBy, notify));
        case "checkIn" -> workflows.appointments().checkIn(subject.subjectId(),
            new CheckInRequest("customer".equals(requestedBy) ? "customer" : "business"));
        default -> throw notFor(operation, subject, context);
      };
    } else if ("cancel".equals(operation)) {
      outcome = workflows.orders().cancel(subject.subjectId(), cancel);
    } else if (ORDER_STEPS.containsKey(operation)) {
      outcome = workflows.orders().act(subject.subjectId(), ORDER_STEPS.get(operation), reason);
    } else {
      throw notFor(operation, subject, context);
    }
    return PluginResult.builder()
        .output("workflowChangeApplied", outcome.applied())
        .output("workflowChangeMessage", outcome.message())
        .build();
  }

  private static String newStart(PluginContext context) {
    return context.text("newStart").orElseThrow(() -> new PluginException("Task "
        + context.taskId() + ": reschedule needs 'New start'"));
  }

  private static PluginException notFor(String operation, WorkflowSubject subject,
      PluginContext context) {
    return new PluginException("Task " + context.taskId() + ": '" + operation + "' is not an "
        + "operation of " + subject.kind().name().toLowerCase(Locale.ROOT)
        + " workflows (" + subject.workflowId() + ")");
  }
}
