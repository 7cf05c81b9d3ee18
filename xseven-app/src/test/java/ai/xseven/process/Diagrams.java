package ai.xseven.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Small diagrams for the studio's tests, written as the modeler would save them. */
public final class Diagrams {

  private Diagrams() {}

  static String shipped(String name) {
    try (InputStream in = Diagrams.class.getResourceAsStream("/processes/" + name + ".bpmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** start -> the given task XML (id Task_Under_Test) -> a receive task that waits. */
  public static String withTask(String key, String taskXml) {
    return process(key, "<bpmn:message id=\"Message_Wake\" name=\"wake\" />", """
        <bpmn:startEvent id="Start" />
        <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Under_Test" />
        %s
        <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Under_Test" targetRef="Receive_Wait" />
        <bpmn:receiveTask id="Receive_Wait" name="Wait" messageRef="Message_Wake" />
        """.formatted(taskXml));
  }

  /** One executable process {@code key} with these messages and this content. */
  public static String process(String key, String messages, String content) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Test"
            targetNamespace="https://xseven.ai/test">
          %s
          <bpmn:process id="%s" name="Studio test" isExecutable="true"
              camunda:historyTimeToLive="P1D">
            %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(messages, key, content);
  }

  public static String pluginTask(String plugin, String... settings) {
    StringBuilder properties = new StringBuilder(
        "<camunda:property name=\"plugin\" value=\"" + plugin + "\" />");
    for (int i = 0; i < settings.length; i += 2) {
      properties.append("<camunda:property name=\"").append(settings[i]).append("\" value=\"")
          .append(settings[i + 1]).append("\" />");
    }
    return """
        <bpmn:serviceTask id="Task_Under_Test" name="Task under test"
            camunda:delegateExpression="${plugin}">
          <bpmn:extensionElements><camunda:properties>%s</camunda:properties>
          </bpmn:extensionElements>
        </bpmn:serviceTask>
        """.formatted(properties);
  }

  static final String MANUAL_TASK =
      "<bpmn:manualTask id=\"Task_Under_Test\" name=\"Nothing to run\" />";
}
