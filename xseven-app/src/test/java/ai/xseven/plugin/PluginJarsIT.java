package ai.xseven.plugin;

import static ai.xseven.DemoData.MARIOS;
import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.process.DeployResult;
import ai.xseven.process.ProcessStudio;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A plugins folder with a good and a broken jar: the application starts, the catalog lists the
 * jar's plugin and names the broken jar, and a conversation runs the jar's plugin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class PluginJarsIT {

  @DynamicPropertySource
  static void pluginsFolder(DynamicPropertyRegistry properties) {
    SamplePluginJars.usePluginsFolder(properties, "PluginJarsIT");
  }

  @Autowired TestRestTemplate http;
  @Autowired ProcessStudio studio;
  @Autowired PluginPolicy policy;

  @Test
  void theCatalogListsTheJarPluginAndReportsTheBrokenJar() {
    JsonNode catalog = http.getForObject("/api/v1/plugins", JsonNode.class);

    JsonNode greeting = plugin(catalog, SamplePluginJars.GREETING_ID);
    assertThat(greeting.get("origin").asText()).isEqualTo(SamplePluginJars.GREETING_JAR);
    assertThat(greeting.get("version").asText()).isEqualTo("2.1.0");
    assertThat(greeting.get("name").asText()).isEqualTo(SamplePluginJars.GREETING_NAME);
    assertThat(greeting.get("agentTool").asBoolean()).isFalse();
    assertThat(greeting.get("timeout").asText()).isEqualTo("PT5S");
    assertThat(greeting.get("inputs").get(1).get("type").asText()).isEqualTo("enum");
    assertThat(greeting.get("inputs").get(1).get("choices").toString())
        .isEqualTo("[\"warm\",\"formal\"]");
    assertThat(greeting.get("inputs").get(2).get("constraints").toString())
        .isEqualTo("[\"at least 0\",\"at most 3\"]");
    assertThat(greeting.get("outputs").get(0).get("name").asText())
        .isEqualTo(SamplePluginJars.GREETING_OUTPUT);
    assertThat(plugin(catalog, "replyWithText").get("origin").asText()).isEqualTo("built-in");

    assertThat(catalog.get("failures")).hasSize(1);
    assertThat(catalog.get("failures").get(0).get("jar").asText())
        .isEqualTo(SamplePluginJars.BROKEN_JAR);
    assertThat(catalog.get("failures").get(0).get("reason").asText())
        .contains("names the class " + SamplePluginJars.MISSING_CLASS)
        .contains("does not contain it");
  }

  @Test
  void oneJarPluginItsDocsAndAnUnknownId() {
    JsonNode one = http.getForObject("/api/v1/plugins/" + SamplePluginJars.GREETING_ID,
        JsonNode.class);
    assertThat(one.get("id").asText()).isEqualTo(SamplePluginJars.GREETING_ID);

    ResponseEntity<String> docs = http.getForEntity(
        "/api/v1/plugins/" + SamplePluginJars.GREETING_ID + "/docs", String.class);
    assertThat(docs.getHeaders().getContentType().isCompatibleWith(
        MediaType.parseMediaType("text/markdown"))).isTrue();
    assertThat(docs.getBody()).startsWith("# Greet from a jar\n")
        .contains("`jarGreeting` · version 2.1.0 · from `greeting-plugin.jar`")
        .contains("| `tone` Tone | enum | no | warm | one of warm, formal |  |");

    for (String path : new String[] {"/api/v1/plugins/noSuchPlugin",
        "/api/v1/plugins/noSuchPlugin/docs"}) {
      ResponseEntity<JsonNode> missing = http.getForEntity(path, JsonNode.class);
      assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(missing.getHeaders().getContentType().toString())
          .isEqualTo("application/problem+json");
      assertThat(missing.getBody().get("detail").asText())
          .isEqualTo("No plugin with the id 'noSuchPlugin' is installed.");
    }
  }

  @Test
  void aConversationRunsTheJarPlugin() {
    // A jar's plugin runs for a business that has it on its allow-list, in a diagram for it.
    policy.setAllowed(MARIOS, SamplePluginJars.GREETING_ID, true, "studio:analyst");
    DeployResult deployed = studio.deploy(GREETING_CHAT, "plugin-test", MARIOS);
    assertThat(deployed.problems()).isEmpty();

    ResponseEntity<JsonNode> started = http.postForEntity("/api/v1/conversations",
        Map.of("businessId", MARIOS.toString(), "channel", "dedicated"), JsonNode.class);

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(started.getBody().get("messages").toString())
        .contains("Hello dedicated customer, greetings from a plugin jar!!");
  }

  private static JsonNode plugin(JsonNode catalog, String id) {
    for (JsonNode plugin : catalog.get("plugins")) {
      if (plugin.get("id").asText().equals(id)) {
        return plugin;
      }
    }
    throw new AssertionError("The catalog does not list " + id + ": " + catalog);
  }

  /** The dedicated chat as: greet with the jar's plugin, say its greeting, check it, wait. */
  private static final String GREETING_CHAT = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_JarGreeting"
          targetNamespace="https://xseven.ai/processes">
        <bpmn:message id="Message_UserMessage" name="userMessage" />
        <bpmn:process id="dedicated-chat" name="Dedicated chat greeted by a jar plugin"
            isExecutable="true" camunda:historyTimeToLive="P30D">
          <bpmn:startEvent id="Start_Conversation">
            <bpmn:outgoing>Flow_Start</bpmn:outgoing>
          </bpmn:startEvent>
          <bpmn:serviceTask id="Task_JarGreeting" name="Greet from the jar"
              camunda:delegateExpression="${plugin}">
            <bpmn:extensionElements>
              <camunda:properties>
                <camunda:property name="plugin" value="jarGreeting" />
                <camunda:property name="name" value="${channel} customer" />
                <camunda:property name="exclamations" value="2" />
              </camunda:properties>
            </bpmn:extensionElements>
            <bpmn:incoming>Flow_Start</bpmn:incoming>
            <bpmn:outgoing>Flow_Greeted</bpmn:outgoing>
          </bpmn:serviceTask>
          <bpmn:serviceTask id="Task_SayGreeting" name="Say the greeting"
              camunda:delegateExpression="${plugin}">
            <bpmn:extensionElements>
              <camunda:properties>
                <camunda:property name="plugin" value="replyWithText" />
                <camunda:property name="text" value="${jarGreeting}" />
              </camunda:properties>
            </bpmn:extensionElements>
            <bpmn:incoming>Flow_Greeted</bpmn:incoming>
            <bpmn:outgoing>Flow_Said</bpmn:outgoing>
          </bpmn:serviceTask>
          <bpmn:serviceTask id="Task_CheckReply" name="Check the reply"
              camunda:delegateExpression="${plugin}">
            <bpmn:extensionElements>
              <camunda:properties>
                <camunda:property name="plugin" value="checkReply" />
              </camunda:properties>
            </bpmn:extensionElements>
            <bpmn:incoming>Flow_Said</bpmn:incoming>
            <bpmn:outgoing>Flow_Checked</bpmn:outgoing>
          </bpmn:serviceTask>
          <bpmn:receiveTask id="Receive_UserMessage" messageRef="Message_UserMessage">
            <bpmn:incoming>Flow_Checked</bpmn:incoming>
            <bpmn:outgoing>Flow_Received</bpmn:outgoing>
          </bpmn:receiveTask>
          <bpmn:endEvent id="End_Conversation">
            <bpmn:incoming>Flow_Received</bpmn:incoming>
          </bpmn:endEvent>
          <bpmn:sequenceFlow id="Flow_Start" sourceRef="Start_Conversation"
              targetRef="Task_JarGreeting" />
          <bpmn:sequenceFlow id="Flow_Greeted" sourceRef="Task_JarGreeting"
              targetRef="Task_SayGreeting" />
          <bpmn:sequenceFlow id="Flow_Said" sourceRef="Task_SayGreeting"
              targetRef="Task_CheckReply" />
          <bpmn:sequenceFlow id="Flow_Checked" sourceRef="Task_CheckReply"
              targetRef="Receive_UserMessage" />
          <bpmn:sequenceFlow id="Flow_Received" sourceRef="Receive_UserMessage"
              targetRef="End_Conversation" />
        </bpmn:process>
      </bpmn:definitions>
      """;
}
