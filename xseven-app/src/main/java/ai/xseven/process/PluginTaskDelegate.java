package ai.xseven.process;

import ai.xseven.plugin.InstalledPlugin;
import ai.xseven.plugin.PluginCall;
import ai.xseven.plugin.PluginRegistry;
import ai.xseven.plugin.PluginRunner;
import ai.xseven.sdk.BusinessError;
import ai.xseven.sdk.FieldType;
import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.TurnValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * The one Camunda delegate of X-Seven: {@code camunda:delegateExpression="${plugin}"} plus an
 * extension property {@code plugin=<id>} runs the installed plugin of that id through the
 * {@link PluginRunner}. A {@link BusinessError} it throws becomes a BPMN error with its code, so
 * an error boundary event on the task can catch it; one the diagram does not catch is a failure
 * like any other (the engine alone would end the path silently). A failure propagates: the
 * engine retries an asynchronous task's job by the task's retry policy, then raises an incident.
 */
@Component("plugin")
class PluginTaskDelegate implements JavaDelegate {

  static final String PLUGIN_PROPERTY = "plugin";

  private final PluginRegistry registry;
  private final PluginRunner runner;
  private final ReplyDrafts drafts;
  /**
   * The {@code camunda:property} entries per process definition and element (the plugin name and
   * the task's settings); diagrams are immutable once deployed.
   */
  private final Map<String, Map<String, String>> taskProperties = new ConcurrentHashMap<>();

  PluginTaskDelegate(PluginRegistry registry, PluginRunner runner, ReplyDrafts drafts) {
    this.registry = registry;
    this.runner = runner;
    this.drafts = drafts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String taskId = execution.getCurrentActivityId();
    Map<String, String> properties =
        taskProperties.computeIfAbsent(
            execution.getProcessDefinitionId() + "/" + taskId,
            key -> properties(execution.getBpmnModelElementInstance()));
    String name = properties.get(PLUGIN_PROPERTY);
    InstalledPlugin plugin =
        registry.find(name)
            .orElseThrow(
                () ->
                    new PluginException(
                        "Task " + taskId + " calls plugin '" + name + "', which is not installed"));
    Object businessId = execution.getVariable("businessId");
    PluginCall call = new PluginCall(execution.getProcessBusinessKey(), businessId == null ? null
        : businessId.toString(), taskId, fields(plugin.definition(), properties, execution),
        plugin.builtIn() ? execution::getVariable : Map.copyOf(nonNull(execution))::get);
    PluginResult result;
    try {
      result = runner.run(plugin, call);
    } catch (BusinessError error) {
      if (!ErrorCatchers.catches(execution.getBpmnModelElementInstance(), error.code())) {
        throw new PluginException("Task " + taskId + " (plugin " + name + ") ended with the "
            + "business error " + error.code() + " (" + error.getMessage() + "), and no error "
            + "boundary event or error sub-process of the diagram catches it.", error);
      }
      throw new BpmnError(error.code(), error.getMessage());
    }
    result.outputs().forEach((variable, value) -> execution.setVariable(variable,
        value instanceof TurnValue turn ? Variables.untypedValue(turn.value(), true) : value));
    String conversationId = execution.getProcessBusinessKey();
    result.replies().forEach(text -> drafts.add(conversationId,
        new ReplyDrafts.Draft(taskId, name, call.businessId(), text)));
  }

  /** The task's field values: as written, with expression fields evaluated now. */
  private static Map<String, Object> fields(PluginDefinition definition,
      Map<String, String> properties, DelegateExecution execution) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (InputField field : definition.inputs()) {
      String written = properties.get(field.name());
      if (written == null) {
        continue;
      }
      fields.put(field.name(), field.type() == FieldType.EXPRESSION && written.contains("${")
          ? evaluate(written, field, execution) : written);
    }
    return fields;
  }

  private static Object evaluate(String expression, InputField field,
      DelegateExecution execution) {
    try {
      return Context.getProcessEngineConfiguration().getExpressionManager()
          .createExpression(expression).getValue(execution);
    } catch (RuntimeException e) {
      throw new PluginException("Task " + execution.getCurrentActivityId() + ": the expression "
          + "of '" + field.label() + "' cannot be evaluated: " + e.getMessage(), e);
    }
  }

  /** The variables for a plugin that runs on another thread: no engine access from there. */
  private static Map<String, Object> nonNull(DelegateExecution execution) {
    Map<String, Object> variables = new LinkedHashMap<>();
    execution.getVariables().forEach((key, value) -> {
      if (value != null) {
        variables.put(key, value);
      }
    });
    return variables;
  }

  static String pluginProperty(FlowElement element) {
    return properties(element).get(PLUGIN_PROPERTY);
  }

  /** The element's {@code camunda:property} entries by name; the first of a repeated name wins. */
  static Map<String, String> properties(FlowElement element) {
    Map<String, String> byName = new LinkedHashMap<>();
    if (element.getExtensionElements() != null) {
      element.getExtensionElements().getElementsQuery().filterByType(
              org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
          .list().stream()
          .flatMap(properties -> properties.getCamundaProperties().stream())
          .filter(property -> property.getCamundaName() != null
              && property.getCamundaValue() != null)
          .forEach(property ->
              byName.putIfAbsent(property.getCamundaName(), property.getCamundaValue()));
    }
    return Collections.unmodifiableMap(byName);
  }
}
