/**
 * Durable appointment and order workflows on Temporal.
 *
 * <p>Other features use {@link ai.xseven.workflow.AppointmentScheduler} (start, status,
 * reschedule, cancel, check-in) and {@link ai.xseven.workflow.OrderWorkflows} (status, the owner's
 * steps, cancel), and listen for {@link ai.xseven.workflow.WorkflowStarted}. Workflows reach
 * people through the {@code notification} feature (customers over their business's channels,
 * owners as alerts), once per dedup key. Every placed order gets its workflow
 * from {@code OrderPlaced}. BPMN reaches it through the {@code startAppointment} and
 * {@code startOrderWorkflow} plugins. {@code xseven.temporal.mode} chooses an in-process server
 * ({@code embedded}) or a cluster ({@code external}).
 */
package ai.xseven.workflow;
