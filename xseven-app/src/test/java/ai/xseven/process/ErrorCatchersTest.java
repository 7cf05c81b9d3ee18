package ai.xseven.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.Test;

class ErrorCatchersTest {

  @Test
  void aBoundaryEventCatchesItsCodeOrAnyCode() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("p").startEvent()
        .serviceTask("Task_Pay").boundaryEvent("Declined").error("CARD_DECLINED").endEvent()
        .moveToActivity("Task_Pay").endEvent().done();
    FlowElement pay = model.getModelElementById("Task_Pay");

    assertThat(ErrorCatchers.catches(pay, "CARD_DECLINED")).isTrue();
    assertThat(ErrorCatchers.catches(pay, "OUT_OF_STOCK")).isFalse();

    BpmnModelInstance catchAll = Bpmn.createExecutableProcess("q").startEvent()
        .serviceTask("Task_Pay").boundaryEvent("Any").error().endEvent()
        .moveToActivity("Task_Pay").endEvent().done();
    assertThat(ErrorCatchers.catches(catchAll.getModelElementById("Task_Pay"), "OUT_OF_STOCK"))
        .isTrue();
  }

  @Test
  void anErrorSubProcessOfAnEnclosingScopeCatchesToo() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("p").startEvent()
        .serviceTask("Task_Pay").endEvent().done();
    ((org.camunda.bpm.model.bpmn.instance.Process) model.getModelElementById("p")).builder()
        .eventSubProcess("OnDeclined").startEvent().error("CARD_DECLINED").endEvent();
    FlowElement pay = model.getModelElementById("Task_Pay");

    assertThat(ErrorCatchers.catches(pay, "CARD_DECLINED")).isTrue();
    assertThat(ErrorCatchers.catches(pay, "OTHER")).isFalse();
  }

  @Test
  void aTaskWithoutCatchersCatchesNothing() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("p").startEvent()
        .serviceTask("Task_Pay").endEvent().done();

    assertThat(ErrorCatchers.catches(model.getModelElementById("Task_Pay"), "X")).isFalse();
  }
}
