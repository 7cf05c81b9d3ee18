package ai.xseven.process;

import ai.xseven.plugin.PluginContext;
import ai.xseven.plugin.PluginException;
import ai.xseven.plugin.PluginRegistry;
import ai.xseven.plugin.PluginResult;
import ai.xseven.plugin.ServiceTaskPlugin;
import ai.xseven.plugin.TurnValue;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
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
  /** Plugin name per process definition and element; diagrams are immutable once deployed. */
  private final Map<String, String> pluginNames = new ConcurrentHashMap<>();

  PluginTaskDelegate(PluginRegistry registry, ReplyDrafts drafts) {
    this.registry = registry;
    this.drafts = drafts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String taskId = execution.getCurrentActivityId();
    String name =
        pluginNames.computeIfAbsent(
            execution.getProcessDefinitionId() + "/" + taskId,
            key -> pluginProperty(execution.getBpmnModelElementInstance()));
    ServiceTaskPlugin plugin =
        registry.find(name)
            .orElseThrow(
                () ->
                    new PluginException(
                        "Task " + taskId + " calls plugin '" + name + "', which is not installed"));
    PluginResult result = plugin.execute(new ExecutionContext(execution));
    result.outputs().forEach((variable, value) -> execution.setVariable(variable,
        value instanceof TurnValue turn ? Variables.untypedValue(turn.value(), true) : value));
    String conversationId = execution.getProcessBusinessKey();
    Object businessId = execution.getVariable("businessId");
    result.replies().forEach(text -> drafts.add(conversationId,
        new ReplyDrafts.Draft(taskId, name, businessId == null ? null : businessId.toString(),
            text)));
  }

  static String pluginProperty(FlowElement element) {
    return element.getExtensionElements() == null
        ? null
        : element.getExtensionElements().getElementsQuery().filterByType(
                org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
            .list().stream()
            .flatMap(properties -> properties.getCamundaProperties().stream())
            .filter(property -> PLUGIN_PROPERTY.equals(property.getCamundaName()))
            .map(CamundaProperty::getCamundaValue)
            .findFirst()
            .orElse(null);
  }

  private record ExecutionContext(DelegateExecution execution) implements PluginContext {

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
