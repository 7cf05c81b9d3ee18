package ai.xseven.process;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.plugin.InstalledPlugin;
import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.plugin.PluginRegistry;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Deploying from the studio: versions, refusals, roll back, and what a restart leaves alone. */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
@DirtiesContext
class ProcessStudioIT {

  @Autowired ProcessStudio studio;
  @Autowired ProcessDeployer shippedDeployer;
  @Autowired RuntimeService runtime;
  @Autowired PluginRegistry plugins;
  @Autowired ObjectMapper json;

  /** A diagram whose versions differ in one task's name; it runs no plugin, so no reply. */
  private static String diagram(String key, String taskName) {
    return Diagrams.withTask(key,
        "<bpmn:manualTask id=\"Task_Under_Test\" name=\"" + taskName + "\" />");
  }

  @Test
  void aDeployIsANewVersionAndRunningInstancesKeepTheirs() {
    ProcessVersion first = studio.deploy(diagram("studio-versions", "One"), "analyst").deployed();
    ProcessInstance running = runtime.startProcessInstanceByKey("studio-versions", "c-1");

    DeployResult second = studio.deploy(diagram("studio-versions", "Two"), "analyst");

    assertThat(second.isDeployed()).isTrue();
    assertThat(second.deployed().version()).isEqualTo(first.version() + 1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.getId())
        .singleResult().getProcessDefinitionId()).isEqualTo(first.definitionId());
    ProcessInstance fresh = runtime.startProcessInstanceByKey("studio-versions", "c-2");
    assertThat(fresh.getProcessDefinitionId()).isEqualTo(second.deployed().definitionId());

    ProcessSummary summary = studio.process("studio-versions").orElseThrow();
    assertThat(summary.versions()).extracting(ProcessVersion::version)
        .containsExactly(second.deployed().version(), first.version());
    assertThat(summary.latest().deployedBy()).isEqualTo("analyst");
    assertThat(summary.versions()).extracting(ProcessVersion::runningInstances)
        .containsExactly(1L, 1L);
    assertThat(summary.openIncidents()).isZero();
  }

  @Test
  void aBrokenDiagramIsNotDeployedAndTheLatestVersionStays() {
    ProcessVersion good = studio.deploy(diagram("studio-broken", "Fine"), "analyst").deployed();

    DeployResult broken = studio.deploy(
        Diagrams.withTask("studio-broken", Diagrams.pluginTask("replyWithText")), "analyst");

    assertThat(broken.isDeployed()).isFalse();
    assertThat(broken.problems()).extracting(DiagramProblem::elementId)
        .containsExactly("Task_Under_Test");
    assertThat(studio.latest("studio-broken").orElseThrow().definitionId())
        .isEqualTo(good.definitionId());
    assertThat(studio.deploy("<bpmn:definitions", "analyst").problems()).singleElement()
        .extracting(DiagramProblem::message).asString().contains("not well-formed");
  }

  @Test
  void rollingBackDeploysTheEarlierXmlAsANewVersion() {
    ProcessVersion first = studio.deploy(diagram("studio-rollback", "First"), "analyst")
        .deployed();
    ProcessVersion second = studio.deploy(diagram("studio-rollback", "Second"), "analyst")
        .deployed();

    ProcessVersion rolledBack = studio.rollBack(first.definitionId(), "admin").deployed();

    assertThat(rolledBack.version()).isEqualTo(second.version() + 1);
    assertThat(rolledBack.deployedBy()).isEqualTo("admin");
    assertThat(rolledBack.note()).isEqualTo("roll back to version " + first.version());
    assertThat(studio.xml(rolledBack.definitionId())).isEqualTo(studio.xml(first.definitionId()));
    assertThat(studio.compare(first.definitionId(), rolledBack.definitionId())).isEmpty();
    assertThat(studio.compare(first.definitionId(), second.definitionId()))
        .extracting(DiagramChange::elementId).containsExactly("Task_Under_Test");
  }

  @Test
  void aRestartWithAnUnchangedShippedFileKeepsTheAnalystsVersion() throws Exception {
    String analysts = Diagrams.shipped("dedicated-chat")
        .replace("name=\"Greet the customer\"", "name=\"Greet the customer warmly\"");
    ProcessVersion deployed = studio.deploy(analysts, "analyst").deployed();

    shippedDeployer.deployShippedProcesses(); // what every start-up does

    ProcessVersion latest = studio.latest("dedicated-chat").orElseThrow();
    assertThat(latest.definitionId()).isEqualTo(deployed.definitionId());
    assertThat(latest.deployedBy()).isEqualTo("analyst");
    // The shipped diagram is still there as an earlier version to roll back to.
    assertThat(studio.process("dedicated-chat").orElseThrow().versions())
        .extracting(ProcessVersion::deployedBy).contains("shipped");
  }

  @Test
  void everyInstalledPluginHasAnElementTemplateWithItsSettings() throws Exception {
    List<Map<String, Object>> templates =
        json.readValue(studio.elementTemplatesJson(), new TypeReference<>() {});

    assertThat(plugins.all()).isNotEmpty();
    for (InstalledPlugin installed : plugins.all()) {
      PluginDefinition plugin = installed.definition();
      Map<String, Object> template = templates.stream()
          .filter(t -> t.get("id").equals("ai.xseven.plugin." + plugin.id()))
          .findFirst().orElseThrow(() -> new AssertionError("No template for " + plugin.id()));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> properties = (List<Map<String, Object>>) template.get("properties");
      assertThat(properties).anySatisfy(property ->
          assertThat(property).containsEntry("value", plugin.id()));
      for (InputField setting : plugin.inputs()) {
        assertThat(properties).anySatisfy(property -> assertThat(property)
            .containsEntry("binding", Map.of("type", "camunda:property", "name", setting.name())));
      }
    }
    assertThat(templates).hasSameSizeAs(plugins.all());
    assertThat(plugins.find("agentReply").orElseThrow().definition().inputs())
        .extracting(InputField::name).contains("agent", "tools", "route");
  }
}
