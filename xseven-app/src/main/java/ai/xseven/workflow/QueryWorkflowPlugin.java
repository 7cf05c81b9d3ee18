package ai.xseven.workflow;

import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import ai.xseven.sdk.Variable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Asks an appointment or order workflow where it is, through its {@code status} query. Also an
 * agent tool: the agent passes the workflow id, and reaches only its own conversation's workflows.
 */
@Component
class QueryWorkflowPlugin implements ServiceTaskPlugin {

  private final WorkflowAccess workflows;

  QueryWorkflowPlugin(WorkflowAccess workflows) {
    this.workflows = workflows;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("queryWorkflow")
        .name("Query workflow")
        .description("Tells where an appointment or order workflow is: its stage and, for an "
            + "appointment, when it starts; for an order, when its stage is due.")
        .input(WorkflowSubject.idField())
        .writes(List.of(
            Variable.required("workflowKind", String.class, "appointment or order."),
            Variable.required("workflowStage", String.class,
                "e.g. confirmed, checked-in, cancelled; placed, preparing, ready."),
            Variable.required("workflowSummary", String.class, "The status in one sentence.")))
        .agentTool()
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    WorkflowSubject subject = workflows.subject(context);
    String stage;
    String summary;
    if (subject.kind() == WorkflowSubject.Kind.APPOINTMENT) {
      AppointmentStatus status = workflows.appointments().status(subject.workflowId())
          .orElseThrow(() -> WorkflowSubject.notFound(subject.workflowId()));
      stage = status.stage();
      summary = "The appointment is " + stage + "; it starts "
          + local(status.startsAtEpochMillis(), subject.zone())
          + (status.nextReminderAtEpochMillis() == null ? "" : ", next reminder "
              + local(status.nextReminderAtEpochMillis(), subject.zone()))
          + (status.cancelReason() == null ? "" : "; cancelled: " + status.cancelReason()) + ".";
    } else {
      OrderStatus status = workflows.orders().status(subject.workflowId())
          .orElseThrow(() -> WorkflowSubject.notFound(subject.workflowId()));
      stage = status.stage();
      summary = "The order is " + stage
          + (status.stageDueAtEpochMillis() == null ? "" : "; this stage is due by "
              + local(status.stageDueAtEpochMillis(), subject.zone()))
          + (status.reason() == null ? "" : "; " + status.reason()) + ".";
    }
    return PluginResult.builder()
        .output("workflowKind", subject.kind().name().toLowerCase(Locale.ROOT))
        .output("workflowStage", stage)
        .output("workflowSummary", summary)
        .build();
  }

  /** {@code 2026-11-27T19:30 (Europe/Madrid)}. */
  private static String local(long epochMillis, ZoneId zone) {
    return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), zone)
        .truncatedTo(ChronoUnit.MINUTES) + " (" + zone.getId() + ")";
  }
}
