package ai.xseven.process;

import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginException;
import ai.xseven.plugin.PluginRegistry;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
import ai.xseven.plugin.TurnValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * The one Camunda delegate of X-Seven: {@code camunda:delegateExpression="${plugin}"} plus an
 * extension property {@code plugin=<name>} runs the named {@link ai.xseven.plugin.ServiceTaskPlugin}.
 */
@Component("plugin")
class PluginTaskDelegate implements JavaDelegate {

  static final String PLUGIN_PROPERTY = "plugin";

  private final PluginRegistry registry;
  private final ReplyDrafts drafts;
  /**
   * The {@code camunda:property} entries per process definition and element (the plugin name and
   * the task's settings); diagrams are immutable once deployed.
   */
  private final Map<String, Map<String, String>> taskProperties = new ConcurrentHashMap<>();

  PluginTaskDelegate(PluginRegistry registry, ReplyDrafts drafts) {
    this.registry = registry;
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
    ServiceTaskPlugin plugin =
        registry.find(name)
            .orElseThrow(
                () ->
                    new PluginException(
                        "Task " + taskId + " calls plugin '" + name + "', which is not installed"));
    PluginResult result = plugin.execute(new ExecutionContext(execution, properties));
    result.outputs().forEach((variable, value) -> execution.setVariable(variable,
        value instanceof TurnValue turn ? Variables.untypedValue(turn.value(), true) : value));
    String conversationId = execution.getProcessBusinessKey();
    Object businessId = execution.getVariable("businessId");
    result.replies().forEach(text -> drafts.add(conversationId,
        new ReplyDrafts.Draft(taskId, name, businessId == null ? null : businessId.toString(),
            text)));
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

  private record ExecutionContext(DelegateExecution execution, Map<String, String> properties)
      implements PluginContext {

    @Override
    public Optional<String> setting(String name) {
      return PLUGIN_PROPERTY.equals(name)
          ? Optional.empty()
          : Optional.ofNullable(properties.get(name)).map(String::strip)
              .filter(value -> !value.isEmpty());
    }

    @Override
    public String conversationId() {
      return execution.getProcessBusinessKey();
    }

    @Override
    public String taskId() {
      return execution.getCurrentActivityId();
    }

    @Override
    public <T> Optional<T> input(String name, Class<T> type) {
      Object value = execution.getVariable(name);
      if (value == null) {
        return Optional.empty();
      }
      if (type == String.class && !(value instanceof String)) {
        return Optional.of(type.cast(value.toString()));
      }
      return Optional.of(type.cast(value));
    }
  }
}
