/**
 * Durable appointment and order workflows on Temporal.
 *
 * <p>Other features use {@link ai.xseven.workflow.AppointmentScheduler} (start, status, cancel)
 * and {@link ai.xseven.workflow.OrderWorkflows} (status, the owner's steps, cancel), and listen
 * for {@link ai.xseven.workflow.ConversationNotification} (store once per dedup key, push to the
 * customer) and {@link ai.xseven.workflow.WorkflowStarted}. Every placed order gets its workflow
 * from {@code OrderPlaced}. BPMN reaches it through the {@code startAppointment} and
 * {@code startOrderWorkflow} plugins. {@code xseven.temporal.mode} chooses an in-process server
 * ({@code embedded}) or a cluster ({@code external}).
 */
package ai.xseven.workflow;
