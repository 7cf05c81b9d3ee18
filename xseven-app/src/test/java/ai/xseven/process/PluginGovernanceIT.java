package ai.xseven.process;

import static ai.xseven.DemoData.BELLA;
import static ai.xseven.DemoData.GLOW;
import static ai.xseven.DemoData.MARIOS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.conversation.ChatApi;
import ai.xseven.conversation.ChatApi.Reply;
import ai.xseven.plugin.GovernanceTestPlugins;
import ai.xseven.plugin.PluginPolicy;
import ai.xseven.plugin.PluginSecrets;
import ai.xseven.sdk.PluginException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who may use which plugin, with which secrets, and what happens when a plugin fails: the allow-
 * list at deploy and at run time, diagrams deployed for one business, secrets from the
 * environment and the database, the deploy API, retries that end in an incident, BPMN errors
 * caught by a boundary event, and a failed synchronous turn answered as a problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "xseven.plugins.integrations=testIntegration",
    "xseven.secrets.env.token=from-the-environment"})
@ActiveProfiles("test")
@Import(GovernanceTestPlugins.class)
@DirtiesContext
class PluginGovernanceIT {

  @Autowired ProcessStudio studio;
  @Autowired PluginPolicy policy;
  @Autowired PluginSecrets secrets;
  @Autowired ConversationProcesses conversations;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate http;

  private ProcessInstance startFor(UUID business, String key) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("businessId", business.toString());
    String conversation = "c-" + UUID.randomUUID();
    conversations.start(key, conversation, variables);
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(conversation)
        .singleResult();
  }

  @Test
  void aBusinessCannotDeployAPluginOffItsAllowListUntilItIsAdded() {
    String xml = Diagrams.withTask("allow-list-demo", Diagrams.pluginTask("testIntegration"));

    DeployResult refused = studio.deploy(xml, "analyst", MARIOS);
    assertThat(refused.isDeployed()).isFalse();
    assertThat(refused.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("Task_Under_Test");
      assertThat(problem.message()).isEqualTo("Task 'Task under test' (Task_Under_Test): "
          + "Mario's Italian may not use the plugin testIntegration: it sends data outside "
          + "X-Seven and is not on the business's allow-list (Businesses, Mario's Italian, "
          + "Plugins).");
    });

    policy.setAllowed(MARIOS, "testIntegration", true, "studio:analyst");
    DeployResult deployed = studio.deploy(xml, "analyst", MARIOS);
    assertThat(deployed.isDeployed()).as(deployed.problems().toString()).isTrue();
    assertThat(deployed.deployed().businessId()).isEqualTo(MARIOS);
    assertThat(startFor(MARIOS, "allow-list-demo")).isNotNull();

    // For all businesses, every business must allow it: Glow and Bella do not.
    assertThat(studio.deploy(xml, "analyst").problems()).singleElement()
        .extracting(DiagramProblem::message).asString()
        .contains("a diagram for all businesses may use only plugins every business allows")
        .contains("may not use the plugin testIntegration");

    // Taken off the list, the plugin stops running for the business at once.
    policy.setAllowed(MARIOS, "testIntegration", false, "studio:analyst");
    assertThatThrownBy(() -> startFor(MARIOS, "allow-list-demo"))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("(plugin testIntegration) is not allowed: Mario's Italian may not "
            + "use the plugin testIntegration");
  }

  @Test
  void aBusinessRunsItsOwnVersionAndOthersTheSharedOne() {
    String key = "scoped-demo";
    ProcessVersion shared = studio.deploy(Diagrams.withTask(key,
        "<bpmn:manualTask id=\"Task_Under_Test\" name=\"Shared\" />"), "analyst").deployed();
    ProcessVersion marios = studio.deploy(Diagrams.withTask(key,
        "<bpmn:manualTask id=\"Task_Under_Test\" name=\"Mario's own\" />"), "analyst", MARIOS)
        .deployed();

    assertThat(marios.version()).isEqualTo(1);
    assertThat(startFor(MARIOS, key).getProcessDefinitionId())
        .isEqualTo(marios.definitionId());
    assertThat(startFor(GLOW, key).getProcessDefinitionId()).isEqualTo(shared.definitionId());
    assertThat(studio.process(key).orElseThrow().versions())
        .extracting(ProcessVersion::businessId).containsExactly(null, MARIOS);
    assertThat(studio.latest(key).orElseThrow().definitionId()).isEqualTo(shared.definitionId());
    assertThat(studio.latest(key, MARIOS).orElseThrow().definitionId())
        .isEqualTo(marios.definitionId());
  }

  @Test
  void secretsResolveFromTheEnvironmentAndTheDatabaseAndNeverSitInTheDiagram() {
    String value = "glow-" + UUID.randomUUID();
    secrets.save(GLOW, "test.token", value, "studio:admin");
    String xml = Diagrams.withTask("secret-demo",
        Diagrams.pluginTask("secretEcho", "token", "test.token"));

    assertThat(studio.deploy(xml, "analyst", MARIOS).problems()).singleElement()
        .satisfies(problem -> {
          assertThat(problem.elementId()).isEqualTo("Task_Under_Test");
          assertThat(problem.message()).contains("the secret 'test.token' of 'token' is not "
              + "defined for Mario's Italian");
        });
    ProcessVersion deployed = studio.deploy(xml, "analyst", GLOW).deployed();

    assertThat(studio.xml(deployed.definitionId())).contains("test.token").doesNotContain(value);
    assertThat(runtime.getVariable(startFor(GLOW, "secret-demo").getId(), "secretSeen"))
        .isEqualTo(value);
    assertThat(jdbc.sql("select secret_value from plugin_secret where name = 'test.token'")
        .query(String.class).single()).doesNotContain(value);
    assertThat(secrets.stored()).anySatisfy(stored -> {
      assertThat(stored.name()).isEqualTo("test.token");
      assertThat(stored.businessId()).isEqualTo(GLOW);
      assertThat(stored.updatedBy()).isEqualTo("studio:admin");
    });

    // The business's own secret wins over the one for all businesses; the environment over both.
    secrets.save(null, "test.token", "for-everyone", "studio:admin");
    assertThat(secrets.find("test.token", GLOW.toString())).contains(value);
    assertThat(secrets.find("test.token", MARIOS.toString())).contains("for-everyone");
    secrets.save(null, "env.token", "stored-but-shadowed", "studio:admin");
    assertThat(secrets.find("env.token", GLOW.toString())).contains("from-the-environment");
    String fromEnvironment = Diagrams.withTask("secret-env-demo",
        Diagrams.pluginTask("secretEcho", "token", "env.token"));
    studio.deploy(fromEnvironment, "analyst", MARIOS);
    assertThat(runtime.getVariable(startFor(MARIOS, "secret-env-demo").getId(), "secretSeen"))
        .isEqualTo("from-the-environment");

    assertThat(secrets.delete(GLOW, "test.token", "studio:admin")).isTrue();
    assertThat(secrets.find("test.token", GLOW.toString())).contains("for-everyone");
  }

  @Test
  void theDeployApiAnswersTheVersionOrTheProblemsWithTheirElement() {
    ChatApi api = new ChatApi(http);
    Map<String, String> analyst = basic("analyst", "demo-analyst");
    String good = Diagrams.withTask("api-demo", Diagrams.MANUAL_TASK);

    Reply created = api.call(HttpMethod.POST, "/api/v1/processes?businessId=" + GLOW, good,
        withXml(analyst));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    assertThat(created.body().path("key").asText()).isEqualTo("api-demo");
    assertThat(created.body().path("version").asInt()).isEqualTo(1);
    assertThat(created.body().path("businessId").asText()).isEqualTo(GLOW.toString());
    Reply shared = api.call(HttpMethod.POST, "/api/v1/processes", good, withXml(analyst));
    assertThat(shared.status()).isEqualTo(201);
    assertThat(shared.body().has("businessId")).isFalse();

    Reply refused = api.call(HttpMethod.POST, "/api/v1/processes?businessId=" + BELLA,
        Diagrams.withTask("api-demo", Diagrams.pluginTask("testIntegration")), withXml(analyst));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.headers().getContentType()).hasToString("application/problem+json");
    assertThat(refused.body().path("errors").get(0).path("elementId").asText())
        .isEqualTo("Task_Under_Test");
    assertThat(refused.body().path("errors").get(0).path("message").asText())
        .contains("may not use the plugin testIntegration");

    Reply malformed = api.call(HttpMethod.POST, "/api/v1/processes", "<bpmn:definitions",
        withXml(analyst));
    assertThat(malformed.status()).isEqualTo(422);
    assertThat(malformed.body().path("errors").get(0).path("line").asInt()).isPositive();

    assertThat(api.call(HttpMethod.POST, "/api/v1/processes", good, withXml(Map.of())).status())
        .isEqualTo(401);
    Reply owner = api.call(HttpMethod.POST, "/api/v1/processes", good,
        withXml(basic("marios-italian", "demo-owner-marios-italian")));
    assertThat(owner.status()).isEqualTo(403);
    assertThat(owner.body().path("detail").asText()).contains("deploy processes");
  }

  @Test
  void aFailingAsyncTaskIsRetriedThenBecomesAnIncidentThatARetryResolves() {
    GovernanceTestPlugins.BOOKING_FAILS.set(true);
    String key = "incident-demo";
    studio.deploy(Diagrams.withTask(key, """
        <bpmn:serviceTask id="Task_Under_Test" name="Book the table"
            camunda:delegateExpression="${plugin}" camunda:asyncBefore="true">
          <bpmn:extensionElements>
            <camunda:failedJobRetryTimeCycle>R2/PT1S</camunda:failedJobRetryTimeCycle>
            <camunda:properties><camunda:property name="plugin" value="flakyBooking" />
            </camunda:properties>
          </bpmn:extensionElements>
        </bpmn:serviceTask>
        """), "analyst");
    ProcessInstance instance = startFor(GLOW, key);

    int attempts = 0;
    Job job = job(instance);
    while (job.getRetries() > 0) {
      Job attempt = job;
      assertThatThrownBy(() -> management.executeJob(attempt.getId()))
          .hasMessageContaining("The booking system did not answer.");
      attempts++;
      job = job(instance);
    }

    assertThat(attempts).as("the first run and its retries").isGreaterThan(1);
    assertThat(studio.incidents(key)).singleElement().satisfies(incident -> {
      assertThat(incident.elementId()).isEqualTo("Task_Under_Test");
      assertThat(incident.message()).contains("The booking system did not answer.");
      assertThat(incident.processInstanceId()).isEqualTo(instance.getId());
    });
    assertThat(studio.process(key).orElseThrow().openIncidents()).isEqualTo(1);

    GovernanceTestPlugins.BOOKING_FAILS.set(false);
    assertThat(studio.retry(studio.incidents(key).get(0).id())).isTrue();
    management.executeJob(job(instance).getId());

    assertThat(studio.incidents(key)).isEmpty();
    assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly("Receive_Wait");
    assertThat(runtime.getVariable(instance.getId(), "booked")).isEqualTo(true);
  }

  @Test
  void aBusinessErrorIsCaughtByTheBoundaryEventWithItsCode() {
    String key = "card-demo";
    String task = Diagrams.pluginTask("cardPayment") + """
        <bpmn:boundaryEvent id="Boundary_Declined" attachedToRef="Task_Under_Test">
          <bpmn:errorEventDefinition errorRef="Error_Declined" />
        </bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="Flow_Declined" sourceRef="Boundary_Declined"
            targetRef="Receive_Declined" />
        <bpmn:receiveTask id="Receive_Declined" name="Ask for another card"
            messageRef="Message_Wake" />
        """;
    String xml = Diagrams.withTask(key, task).replace("<bpmn:process ",
        "<bpmn:error id=\"Error_Declined\" errorCode=\"CARD_DECLINED\" />\n<bpmn:process ");
    DeployResult deployed = studio.deploy(xml, "analyst");
    assertThat(deployed.problems()).isEmpty();

    ProcessInstance instance = startFor(GLOW, key);

    assertThat(runtime.getActiveActivityIds(instance.getId()))
        .containsExactly("Receive_Declined");
  }

  @Test
  void aSynchronousPluginFailureFailsTheTurnWithAProblemAndTheTurnCanBeSentAgain() {
    // Bella's own chat: every customer message runs the booking plugin synchronously.
    String chat = """
        <bpmn:startEvent id="Start" />
        <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Receive_Message" />
        <bpmn:receiveTask id="Receive_Message" messageRef="Message_User" />
        <bpmn:sequenceFlow id="Flow_2" sourceRef="Receive_Message" targetRef="Task_Under_Test" />
        %s
        <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Under_Test" targetRef="Receive_Message" />
        """.formatted(Diagrams.pluginTask("flakyBooking"));
    studio.deploy(Diagrams.process("dedicated-chat",
        "<bpmn:message id=\"Message_User\" name=\"userMessage\" />", chat), "analyst", BELLA);
    ChatApi api = new ChatApi(http);
    String conversation = api.start(BELLA);
    GovernanceTestPlugins.BOOKING_FAILS.set(true);

    Reply failed = api.call(HttpMethod.POST, "/api/v1/conversations/" + conversation
        + "/messages", Map.of("text", "A table for two", "clientMessageId", "m-1"));

    assertThat(failed.status()).isEqualTo(503);
    assertThat(failed.headers().getContentType()).hasToString("application/problem+json");
    assertThat(failed.body().path("detail").asText())
        .contains("one of its steps failed").contains("send the message again");
    assertThat(failed.body().toString()).doesNotContain("Exception").doesNotContain("at ai.");

    GovernanceTestPlugins.BOOKING_FAILS.set(false);
    assertThat(api.say(conversation, "A table for two", "m-1").status()).isEqualTo(200);
  }

  private Job job(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  private static Map<String, String> withXml(Map<String, String> headers) {
    Map<String, String> all = new HashMap<>(headers);
    all.put("Content-Type", "application/xml");
    return all;
  }

  private static Map<String, String> basic(String user, String password) {
    return Map.of("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }
}
