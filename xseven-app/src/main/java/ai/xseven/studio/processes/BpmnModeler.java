package ai.xseven.studio.processes;

import ai.xseven.process.DiagramProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;

/**
 * bpmn-js with the Camunda 7 properties panel and the plugins' element templates
 * ({@code frontend/modeler/xseven-bpmn-modeler.js}). The diagram lives in the browser; the
 * server asks for its XML when it validates or deploys.
 */
@Tag("xseven-bpmn-modeler")
@JsModule("./modeler/xseven-bpmn-modeler.js")
class BpmnModeler extends Component implements HasSize {

  private static final ObjectMapper JSON = new ObjectMapper();

  BpmnModeler(String elementTemplatesJson) {
    setId("bpmn-modeler");
    getElement().setProperty("templates", elementTemplatesJson);
  }

  void show(String xml) {
    getElement().callJsFunction("importXml", xml);
  }

  /** Hands the diagram's current XML to {@code whenReady}, or the reason it could not. */
  void withXml(SerializableConsumer<String> whenReady, SerializableConsumer<String> whenFailed) {
    getElement().callJsFunction("exportXml").then(String.class, whenReady, whenFailed);
  }

  void showProblems(List<DiagramProblem> problems) {
    try {
      getElement().callJsFunction("showProblems", JSON.writeValueAsString(problems));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  void select(String elementId) {
    getElement().callJsFunction("selectElement", elementId);
  }
}
