package ai.xseven.plugin;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a plugin as a BPMN task would, without an engine: through the real {@link PluginRunner}
 * (defaults, field checks, secrets), with the fields as the delegate hands them over (expressions
 * already evaluated) and the process variables given.
 */
public final class PluginHarness {

  private final Map<String, String> secrets = new HashMap<>();
  private final PluginRunner runner;
  private String conversationId = "11111111-2222-3333-4444-555555555555";
  private String taskId = "Task_Test";

  public PluginHarness() {
    PluginSecrets store = mock(PluginSecrets.class);
    when(store.find(anyString(), any()))
        .thenAnswer(call -> Optional.ofNullable(secrets.get(call.<String>getArgument(0))));
    PluginPolicy policy = mock(PluginPolicy.class);
    when(policy.check(any(), any())).thenReturn(PluginVerdict.allow());
    runner = new PluginRunner(store, policy);
  }

  public PluginHarness secret(String name, String value) {
    secrets.put(name, value);
    return this;
  }

  public PluginHarness conversation(String conversationId) {
    this.conversationId = conversationId;
    return this;
  }

  /** The task id the plugin sees, e.g. {@link PluginTools#TASK_ID} for an agent's call. */
  public PluginHarness task(String taskId) {
    this.taskId = taskId;
    return this;
  }

  /** Runs {@code plugin}; the business is the variable {@code businessId}, if given. */
  public PluginResult run(ServiceTaskPlugin plugin, Map<String, ?> fields,
      Map<String, ?> variables) {
    Map<String, Object> values = new HashMap<>(variables);
    Object business = values.get("businessId");
    return runner.run(new InstalledPlugin(plugin, plugin.definition(), null),
        new PluginCall(conversationId, business == null ? null : business.toString(), taskId,
            new HashMap<>(fields), values::get));
  }

  public PluginResult run(ServiceTaskPlugin plugin, Map<String, ?> fields) {
    return run(plugin, fields, Map.of());
  }
}
