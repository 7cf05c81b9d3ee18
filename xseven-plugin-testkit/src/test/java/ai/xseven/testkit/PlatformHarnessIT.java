package ai.xseven.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.util.Locale;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The platform with a plugin given as an instance: deploy checks, replies, variables. */
class PlatformHarnessIT {

  /** Replies with the customer's words in capitals and keeps them in a variable. */
  static final class ShoutPlugin implements ServiceTaskPlugin {
    @Override
    public PluginDefinition definition() {
      return PluginDefinition.builder("shout").name("Shout")
          .input(InputField.expression("words").label("Words").required())
          .build();
    }

    @Override
    public PluginResult execute(PluginContext context) {
      String shouted = context.text("words").orElseThrow().toUpperCase(Locale.ROOT);
      return PluginResult.builder().output("shouted", shouted).reply(shouted).build();
    }
  }

  @AutoClose static PlatformHarness platform;

  @BeforeAll
  static void start() {
    platform = PlatformHarness.builder().plugin(new ShoutPlugin()).start();
  }

  private static String diagram(String wordsProperty) {
    return diagram(wordsProperty, "Receive_Message");
  }

  /** Start, wait for a message, shout it, then go on to {@code after}. */
  private static String diagram(String wordsProperty, String after) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Shout"
            targetNamespace="https://xseven.ai/testkit">
          <bpmn:message id="Message_UserMessage" name="userMessage" />
          <bpmn:process id="dedicated-chat" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Receive_Message" />
            <bpmn:receiveTask id="Receive_Message" messageRef="Message_UserMessage" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Receive_Message" targetRef="Task_Shout" />
            <bpmn:serviceTask id="Task_Shout" name="Shout" camunda:delegateExpression="${plugin}">
              <bpmn:extensionElements><camunda:properties>
                <camunda:property name="plugin" value="shout" />%s
              </camunda:properties></bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Shout" targetRef="%s" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(wordsProperty, after);
  }

  @Test
  void aDiagramWithAnInvalidFieldIsRefusedWithTheTaskNamed() {
    assertThatThrownBy(() -> platform.deploy(diagram("")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Task_Shout")
        .hasMessageContaining("'Words' is required.");
  }

  @Test
  void theInstancePluginRunsInAConversationOverTheHttpApi() {
    platform.deploy(diagram("<camunda:property name=\"words\" value=\"${message}\" />"));
    Conversation chat = platform.startConversation("marios-italian");

    assertThat(chat.opening()).isEmpty();
    assertThat(chat.say("hello there")).containsExactly("HELLO THERE");
    assertThat(chat.variable("shouted")).contains("HELLO THERE");
    assertThat(chat.position()).containsExactly("Receive_Message");
    assertThat(platform.installedPlugins()).contains("shout", "replyWithText");
    assertThat(platform.jarOf("shout")).isEmpty();
  }

  @Test
  void aConversationWhoseProcessEndsInATurnStillGetsItsReply() {
    platform.deploy(diagram("<camunda:property name=\"words\" value=\"${message}\" />", "End"));
    Conversation chat = platform.startConversation("marios-italian");

    assertThat(chat.say("goodbye")).containsExactly("GOODBYE");
    assertThat(chat.position()).isEmpty();
  }
}
