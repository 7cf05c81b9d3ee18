package ai.xseven.studio.processes;

import static ai.xseven.DemoData.MARIOS;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.process.ProcessStudio;
import ai.xseven.studio.StudioBrowser;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * An analyst changes the dedicated chat in the modeler: a plugin task placed from the template
 * chooser runs for the next new conversation; a broken diagram is refused on its element.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ProcessModelerIT extends StudioBrowser {

  private static final String NOTICE = "This chat now runs the studio's new version.";

  @Autowired ProcessStudio studio;
  @Autowired RuntimeService runtime;
  @Autowired TestRestTemplate http;

  /** The deploy check names the element, the plugin and the field, in the studio's words. */
  private static final String BROKEN_TASK_PROBLEM =
      "Task 'Forgot the text' (Task_Broken), plugin replyWithText: 'Text' is required.";

  @Test
  void anAnalystAddsAPluginTaskDeploysItAndANewConversationRunsIt() {
    int shippedVersion = studio.latest("dedicated-chat").orElseThrow().version();
    signInAsAnalyst();
    open("processes");
    Locator grid = page.locator("#processes-grid");
    assertThat(grid).containsText("dedicated-chat");
    assertThat(grid).containsText("global-chat");

    page.locator("#open-dedicated-chat").click();
    Locator modeler = page.locator("xseven-bpmn-modeler[data-state=ready]");
    assertThat(modeler).isVisible();
    assertThat(page.locator("#modeler-version")).containsText("version " + shippedVersion);

    // A new service task between the greeting and the wait, so every new conversation runs it.
    String taskId = (String) page.evaluate("""
        () => {
          const m = document.querySelector('xseven-bpmn-modeler').modeler;
          const registry = m.get('elementRegistry'), modeling = m.get('modeling');
          const greet = registry.get('Task_Greet'), wait = registry.get('Gateway_Wait');
          modeling.removeConnection(registry.get('Flow_GreetToWait'));
          const task = modeling.createShape(
              m.get('elementFactory').createShape({ type: 'bpmn:ServiceTask' }),
              { x: 240, y: 420 }, greet.parent);
          modeling.updateProperties(task, { id: 'Task_StudioNotice', name: 'Tell about the change' });
          modeling.connect(greet, task);
          modeling.connect(task, wait);
          m.get('selection').select(task);
          return task.id;
        }""");
    assertThat(taskId).isEqualTo("Task_StudioNotice");

    // The template chooser lists every plugin; pick the one that only replies.
    page.locator(".bio-properties-panel-select-template-button").click();
    page.locator(".djs-popup-search input").fill("replyWithText");
    page.locator(".djs-popup-results .entry", new com.microsoft.playwright.Page.LocatorOptions()
        .setHasText("Plugin: replyWithText")).first().click();
    assertThat(page.locator("#modeler-properties")).containsText("Plugin: replyWithText");
    page.evaluate("""
        text => {
          const m = document.querySelector('xseven-bpmn-modeler').modeler;
          const task = m.get('elementRegistry').get('Task_StudioNotice');
          const properties = task.businessObject.extensionElements.values
              .find(value => value.$type === 'camunda:Properties');
          const setting = properties.values.find(property => property.name === 'text');
          m.get('modeling').updateModdleProperties(task, setting, { value: text });
          m.get('canvas').zoom(0.8);
          m.get('canvas').scrollToElement(task);
        }""", NOTICE);
    page.locator("#modeler-properties").getByText("Custom properties").click();
    assertThat(page.locator("#modeler-properties input:visible, #modeler-properties textarea:visible")
        .first()).hasValue(NOTICE);
    screenshot("modeler");

    page.locator("#deploy-diagram").click();
    int newVersion = shippedVersion + 1;
    assertThat(page.locator("#modeler-version")).containsText("version " + newVersion + " is live");
    assertThat(page.locator("#diagram-problems")).containsText("No problems found.");

    page.locator("#back-to-processes").click();
    assertThat(page.locator("#processes-grid vaadin-grid-cell-content",
        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Dedicated chat")))
        .hasCount(1);
    page.locator("#processes-grid vaadin-grid-cell-content",
        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Dedicated chat")).click();
    Locator versions = page.locator("#versions-grid");
    assertThat(versions).containsText("analyst");
    assertThat(versions).containsText("shipped");
    screenshot("processes-list");

    // A new conversation through the public API runs on the new version.
    ResponseEntity<JsonNode> started = http.postForEntity("/api/v1/conversations",
        Map.of("businessId", MARIOS.toString(), "channel", "dedicated"), JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String conversationId = started.getBody().get("conversationId").asText();
    assertThat(started.getBody().get("messages").toString()).contains(NOTICE);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(conversationId)
        .singleResult().getProcessDefinitionId())
        .isEqualTo(studio.latest("dedicated-chat").orElseThrow().definitionId());
    assertThat(studio.latest("dedicated-chat").orElseThrow().version()).isEqualTo(newVersion);

    // A plugin task without its required setting: refused, shown on the element, not deployed.
    page.locator("#open-dedicated-chat").click();
    assertThat(modeler).isVisible();
    page.evaluate("""
        () => {
          const m = document.querySelector('xseven-bpmn-modeler').modeler;
          const registry = m.get('elementRegistry'), modeling = m.get('modeling');
          const task = modeling.createShape(
              m.get('elementFactory').createShape({ type: 'bpmn:ServiceTask' }),
              { x: 400, y: 420 }, registry.get('Task_Greet').parent);
          modeling.updateProperties(task, { id: 'Task_Broken', name: 'Forgot the text' });
          const templates = m.get('elementTemplates');
          templates.applyTemplate(task, templates.getLatest('ai.xseven.plugin.replyWithText')[0]);
          modeling.connect(registry.get('Task_StudioNotice'), registry.get('Task_Broken'));
          m.get('canvas').zoom(0.8);
          m.get('canvas').scrollToElement(task);
        }""");
    page.locator("#deploy-diagram").click();
    assertThat(page.locator("#diagram-problems .diagram-problem[data-element-id=Task_Broken]"))
        .containsText(BROKEN_TASK_PROBLEM);
    assertThat(page.locator(".djs-element.xseven-error[data-element-id=Task_Broken]"))
        .hasCount(1);
    assertThat(page.locator(".xseven-error-overlay[data-element-id=Task_Broken]"))
        .containsText(BROKEN_TASK_PROBLEM);
    assertThat(page.locator("#modeler-version")).containsText("version " + newVersion + " is live");
    screenshot("modeler-error");
    assertThat(studio.latest("dedicated-chat").orElseThrow().version()).isEqualTo(newVersion);
  }
}
