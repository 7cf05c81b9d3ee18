package ai.xseven.process;

import java.util.Collection;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Whether a diagram catches a BPMN error thrown by a task: an error boundary event on the task,
 * or an error event sub-process in one of its enclosing scopes, for that code or for any. The
 * engine would otherwise end the path silently; X-Seven makes an uncaught business error a
 * failure the studio shows instead.
 */
final class ErrorCatchers {

  private ErrorCatchers() {}

  static boolean catches(FlowElement task, String code) {
    boolean onTask = task.getModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
        .filter(boundary -> boundary.getAttachedTo() == task)
        .anyMatch(boundary -> matches(boundary.getEventDefinitions(), code));
    return onTask || inScopes(task.getParentElement(), code);
  }

  private static boolean inScopes(ModelElementInstance scope, String code) {
    for (ModelElementInstance current = scope; current != null;
        current = current.getParentElement()) {
      boolean caught = current.getChildElementsByType(SubProcess.class).stream()
          .filter(SubProcess::triggeredByEvent)
          .flatMap(sub -> sub.getChildElementsByType(StartEvent.class).stream())
          .anyMatch(start -> matches(start.getEventDefinitions(), code));
      if (caught) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Collection<EventDefinition> definitions, String code) {
    return definitions.stream().filter(ErrorEventDefinition.class::isInstance)
        .map(ErrorEventDefinition.class::cast)
        .anyMatch(definition -> definition.getError() == null
            || definition.getError().getErrorCode() == null
            || definition.getError().getErrorCode().equals(code));
  }
}
