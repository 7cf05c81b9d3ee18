/**
 * Durable appointment workflows on Temporal.
 *
 * <p>Other features use {@link ai.xseven.workflow.AppointmentScheduler} (start, status, cancel)
 * and listen for {@link ai.xseven.workflow.ConversationNotification} (store once per dedup key,
 * push to the customer) and {@link ai.xseven.workflow.WorkflowStarted}. BPMN reaches
 * it through the {@code startAppointment} plugin. {@code xseven.temporal.mode} chooses an
 * in-process server ({@code embedded}) or a cluster ({@code external}).
 */
package ai.xseven.workflow;
