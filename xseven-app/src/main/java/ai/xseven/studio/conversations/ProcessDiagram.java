package ai.xseven.studio.conversations;

import ai.xseven.process.ProcessTrail;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;

/**
 * A process diagram, read-only, with a conversation's trail on it: the path taken and where it
 * waits now. bpmn-js renders in the light DOM, so its CSS is imported globally.
 */
@Tag("x-process-diagram")
@JsModule("./viewer/process-diagram.js")
@CssImport("bpmn-js/dist/assets/diagram-js.css")
@CssImport("bpmn-js/dist/assets/bpmn-js.css")
@CssImport("./viewer/process-diagram.css")
class ProcessDiagram extends Component {

  private String shownDefinitionId;

  ProcessDiagram() {
    setId("process-diagram");
    // flex-shrink 0: in the page's column a long transcript would squeeze the diagram to nothing.
    getStyle().set("height", "420px").set("width", "100%").set("flex-shrink", "0")
        .set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-radius", "var(--lumo-border-radius-m)");
  }

  /** {@code diagramXml} is asked for only when the version differs from the one shown. */
  void show(ProcessTrail trail, java.util.function.Function<String, String> diagramXml) {
    if (!trail.processDefinitionId().equals(shownDefinitionId)) {
      shownDefinitionId = trail.processDefinitionId();
      getElement().callJsFunction("show", diagramXml.apply(shownDefinitionId));
    }
    JsonObject marks = Json.createObject();
    marks.put("current", array(trail.activeActivityIds()));
    marks.put("done", array(trail.completedActivityIds()));
    marks.put("flows", array(trail.takenFlowIds()));
    getElement().callJsFunction("mark", marks);
  }

  private static JsonArray array(List<String> ids) {
    JsonArray array = Json.createArray();
    ids.forEach(id -> array.set(array.length(), id));
    return array;
  }
}
