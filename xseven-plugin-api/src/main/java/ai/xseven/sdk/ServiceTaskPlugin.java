package ai.xseven.sdk;

/**
 * A unit of work that a BPMN service task runs by id, and that an agent may call as a tool when
 * the definition says so. Implementations are found as Spring beans of the application and, in
 * jars dropped into the {@code plugins/} folder, through
 * {@code META-INF/services/ai.xseven.sdk.ServiceTaskPlugin} (a public no-argument constructor).
 *
 * <p>Failures: throw {@link BusinessError} for an outcome the diagram should handle (it becomes a
 * BPMN error a boundary event can catch); any other exception is a technical failure, retried
 * with the task's retry policy and then an incident.
 */
public interface ServiceTaskPlugin {

  /** The declaration; called once when the plugin is installed. */
  PluginDefinition definition();

  PluginResult execute(PluginContext context) throws Exception;
}
