package ai.xseven.process;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.process.DiagramChange.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramDiffTest {

  private static final String BEFORE = Diagrams.shipped("templates/conversation");

  @Test
  void theSameDiagramHasNoChangesEvenWhenShapesMove() {
    String moved = BEFORE.replace("<dc:Bounds x=\"720\" y=\"180\"", "<dc:Bounds x=\"740\" y=\"200\"");

    assertThat(DiagramDiff.between(BEFORE, BEFORE)).isEmpty();
    assertThat(DiagramDiff.between(BEFORE, moved)).isEmpty();
  }

  @Test
  void listsAddedRemovedAndChangedElementsWithNameAndType() {
    String after = BEFORE
        // changed: a setting of the answer task and the greeting's name
        .replace("<camunda:property name=\"agent\" value=\"auto\" />",
            "<camunda:property name=\"agent\" value=\"restaurant\" />")
        .replace("name=\"Greet the customer\"", "name=\"Say hello\"")
        // removed: the classification task and its flow; added: a direct flow
        .replaceAll("(?s)<bpmn:serviceTask id=\"Task_ClassifyIntent\".*?</bpmn:serviceTask>", "")
        .replace("<bpmn:sequenceFlow id=\"Flow_Classified\" sourceRef=\"Task_ClassifyIntent\" "
            + "targetRef=\"Task_Answer\" />", "")
        .replace("<bpmn:sequenceFlow id=\"Flow_Received\" sourceRef=\"Receive_UserMessage\" "
                + "targetRef=\"Task_ClassifyIntent\" />",
            "<bpmn:sequenceFlow id=\"Flow_Received\" sourceRef=\"Receive_UserMessage\" "
                + "targetRef=\"Task_Answer\" />");

    List<DiagramChange> changes = DiagramDiff.between(BEFORE, after);

    assertThat(changes).extracting(DiagramChange::kind, DiagramChange::elementId,
            DiagramChange::type)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, "Task_Greet", "serviceTask"),
            org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, "Task_Answer", "serviceTask"),
            org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, "Flow_Received", "sequenceFlow"),
            org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, "Task_ClassifyIntent",
                "serviceTask"),
            org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, "Flow_Classified",
                "sequenceFlow"));
    assertThat(changes).filteredOn(change -> change.elementId().equals("Task_Greet"))
        .singleElement().satisfies(change -> {
          assertThat(change.name()).isEqualTo("Say hello");
          assertThat(change.detail()).isEqualTo("name");
        });
    assertThat(changes).filteredOn(change -> change.elementId().equals("Task_Answer"))
        .singleElement().extracting(DiagramChange::detail).isEqualTo("properties");
  }

  @Test
  void anAddedTaskIsListed() {
    String after = BEFORE.replace("</bpmn:process>",
        "<bpmn:manualTask id=\"Task_New\" name=\"Something new\" /></bpmn:process>");

    assertThat(DiagramDiff.between(BEFORE, after)).containsExactly(
        new DiagramChange(Kind.ADDED, "Task_New", "Something new", "manualTask", ""));
  }
}
