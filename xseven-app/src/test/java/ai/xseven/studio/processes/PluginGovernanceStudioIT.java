package ai.xseven.studio.processes;

import static ai.xseven.DemoData.BELLA;
import static ai.xseven.DemoData.GLOW;
import static ai.xseven.DemoData.MARIOS;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.plugin.GovernanceTestPlugins;
import ai.xseven.plugin.PluginChoice;
import ai.xseven.plugin.PluginPolicy;
import ai.xseven.plugin.PluginSecrets;
import ai.xseven.process.ConversationProcesses;
import ai.xseven.process.Diagrams;
import ai.xseven.process.ProcessStudio;
import ai.xseven.studio.StudioBrowser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Plugin governance in the studio: an admin stores a secret whose value the page never shows
 * again, an analyst ticks a plugin on a business's allow-list (an owner only sees it), deploys a
 * diagram for one business and is refused for another, and retries an incident.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "xseven.plugins.integrations=testIntegration"})
@ActiveProfiles("test")
@Import(GovernanceTestPlugins.class)
@DirtiesContext
class PluginGovernanceStudioIT extends StudioBrowser {

  @Autowired PluginSecrets secrets;
  @Autowired PluginPolicy policy;
  @Autowired ProcessStudio studio;
  @Autowired ConversationProcesses conversations;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;

  @Test
  void anAdminStoresASecretThatIsNeverShownAgain() {
    String value = "value-" + UUID.randomUUID();
    signIn("admin", ADMIN_PASSWORD);
    open("secrets");

    page.locator("#secret-name input").fill("studio.token");
    page.locator("#secret-value input").fill(value);
    page.locator("#save-secret").click();

    assertThat(page.locator("#secrets-grid")).containsText("studio.token");
    assertThat(page.locator("#secrets-grid")).containsText("All businesses");
    assertThat(page.locator("#secret-value input")).hasValue("");
    assertThat(page.content()).doesNotContain(value);
    assertThat(secrets.find("studio.token", GLOW.toString())).contains(value);

    settle();
    page.locator("#delete-secret-studio-token-all").click();
    assertThat(page.locator("vaadin-notification-card",
        new Page.LocatorOptions().setHasText("Deleted studio.token."))).isVisible();
    assertThat(secrets.find("studio.token", null)).isEmpty();
  }

  @Test
  void anAnalystAllowsAPluginForABusinessAndAnOwnerOnlySeesTheList() {
    signInAsAnalyst();
    open("businesses/" + MARIOS);
    page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Plugins")).click();

    assertThat(page.locator("#business-plugins")).containsText("Test integration");
    assertThat(page.locator("#allow-plugin-replyWithText")).hasCount(0);
    page.locator("#allow-plugin-testIntegration").click();
    settle();
    assertThat(choice(MARIOS).onAllowList()).isTrue();

    page.navigate("about:blank");
    context.clearCookies();
    signIn("marios-italian", "demo-owner-marios-italian");
    open("businesses/" + MARIOS);
    page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Plugins")).click();
    assertThat(page.locator("#allow-plugin-testIntegration")).hasAttribute("readonly", "");
    assertThat(page.locator("#allow-plugin-testIntegration")).hasAttribute("checked", "");
  }

  @Test
  void anAnalystDeploysForOneBusinessAndIsRefusedForAnotherThatHasNotAllowedThePlugin() {
    policy.setAllowed(GLOW, "testIntegration", true, "studio:analyst");
    String key = "deploy-for-demo";
    assertThat(studio.deploy(diagram(key), "analyst", GLOW).isDeployed()).isTrue();
    signInAsAnalyst();
    open("processes/" + key + "/edit?business=" + GLOW);
    assertThat(page.locator("xseven-bpmn-modeler[data-state=ready]")).isVisible();
    assertThat(page.locator("#modeler-version"))
        .containsText(key + " · version 1 is live for Glow Beauty Studio");

    chooseInSelect("#deploy-target", "Glow Beauty Studio");
    page.locator("#deploy-diagram").click();
    assertThat(page.locator("#modeler-version"))
        .containsText(key + " · version 2 is live for Glow Beauty Studio");

    String bella = chooseInSelect("#deploy-target", "Bella");
    page.locator("#deploy-diagram").click();
    assertThat(page.locator("#diagram-problems"))
        .containsText(bella + " may not use the plugin testIntegration");
    assertThat(studio.latest(key, BELLA)).isEmpty();
  }

  @Test
  void anAnalystSeesAnIncidentWithThePluginsSentenceAndRetriesIt() {
    String key = "incident-studio-demo";
    GovernanceTestPlugins.BOOKING_FAILS.set(true);
    studio.deploy(asyncDiagram(key), "analyst");
    Map<String, Object> variables = new HashMap<>();
    variables.put("businessId", GLOW.toString());
    String conversation = "c-" + UUID.randomUUID();
    conversations.start(key, conversation, variables);
    Job job = job(conversation);
    while (job.getRetries() > 0) {
      String id = job.getId();
      assertThatThrownBy(() -> management.executeJob(id));
      job = job(conversation);
    }

    signInAsAnalyst();
    open("processes");
    page.locator("#processes-grid vaadin-grid-cell-content",
        new Page.LocatorOptions().setHasText(key)).first().click();
    Locator incidents = page.locator("#process-incidents");
    assertThat(incidents).containsText("Task_Under_Test");
    assertThat(incidents).containsText(GovernanceTestPlugins.BOOKING_FAILURE);
    assertThat(incidents).containsText(conversation);

    page.locator("#incidents-grid vaadin-button", new Page.LocatorOptions().setHasText("Retry"))
        .click();
    assertThat(page.locator("vaadin-notification-card",
        new Page.LocatorOptions().setHasText("will run again"))).isVisible();
    assertThat(job(conversation).getRetries()).isEqualTo(1);
    assertThat(incidents).isHidden();
  }

  private PluginChoice choice(UUID business) {
    return policy.choices(business).stream()
        .filter(choice -> choice.id().equals("testIntegration")).findFirst().orElseThrow();
  }

  private Job job(String conversation) {
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(conversation)
        .singleResult().getId();
    return management.createJobQuery().processInstanceId(instance).singleResult();
  }

  /** Picks the first item whose label contains {@code label}; answers the item's full label. */
  private String chooseInSelect(String selector, String label) {
    page.locator(selector).click();
    Locator item = page.locator("vaadin-select-overlay[opened] vaadin-select-item",
        new Page.LocatorOptions().setHasText(label)).first();
    String full = item.innerText().strip();
    item.click();
    assertThat(page.locator(selector + " [slot=value]")).containsText(label);
    return full;
  }

  private static String diagram(String key) {
    return withShapes(Diagrams.withTask(key, Diagrams.pluginTask("testIntegration")));
  }

  private static String asyncDiagram(String key) {
    return withShapes(Diagrams.withTask(key, """
        <bpmn:serviceTask id="Task_Under_Test" name="Book" camunda:delegateExpression="${plugin}"
            camunda:asyncBefore="true">
          <bpmn:extensionElements>
            <camunda:failedJobRetryTimeCycle>R1/PT1S</camunda:failedJobRetryTimeCycle>
            <camunda:properties><camunda:property name="plugin" value="flakyBooking" />
            </camunda:properties>
          </bpmn:extensionElements>
        </bpmn:serviceTask>"""));
  }

  /** The shapes the modeler needs to draw the test diagram's three nodes. */
  private static String withShapes(String xml) {
    String key = xml.replaceFirst("(?s).*<bpmn:process id=\"([^\"]+)\".*", "$1");
    return xml.replace("xmlns:bpmn=", "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" "
        + "xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" xmlns:bpmn=").replace(
        "</bpmn:definitions>", """
          <bpmndi:BPMNDiagram id="Diagram"><bpmndi:BPMNPlane id="Plane" bpmnElement="%s">
            <bpmndi:BPMNShape id="Start_di" bpmnElement="Start">
              <dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Task_di" bpmnElement="Task_Under_Test">
              <dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Receive_di" bpmnElement="Receive_Wait">
              <dc:Bounds x="360" y="78" width="100" height="80" /></bpmndi:BPMNShape>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>""".formatted(key));
  }
}
