package ai.xseven.studio.processes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.plugin.SamplePluginJars;
import ai.xseven.studio.StudioBrowser;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The modeler's own template loader accepts the element template of every installed plugin, and
 * a plugin jar dropped into the plugins folder shows in the template chooser and on the Plugins
 * page, beside the jar that could not be installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class PluginTemplatesIT extends StudioBrowser {

  @DynamicPropertySource
  static void pluginsFolder(DynamicPropertyRegistry properties) {
    SamplePluginJars.usePluginsFolder(properties, "PluginTemplatesIT");
  }

  @Autowired TestRestTemplate http;

  @Test
  void theModelersTemplateLoaderAcceptsTheTemplateOfEveryInstalledPlugin() {
    List<String> installed = installedIds();
    assertThat(installed).contains(SamplePluginJars.GREETING_ID, "replyWithText");

    openModeler();
    // Loads the server's templates again through the loader, which validates each one against
    // the element templates schema and reports what it refuses as 'elementTemplates.errors'.
    @SuppressWarnings("unchecked")
    Map<String, List<String>> loaded = (Map<String, List<String>>) page.evaluate("""
        () => {
          const element = document.querySelector('xseven-bpmn-modeler');
          const modeler = element.modeler;
          const errors = [];
          modeler.on('elementTemplates.errors', event =>
              event.errors.forEach(error => errors.push(String(error.message || error))));
          modeler.get('elementTemplatesLoader').setTemplates(element._templates);
          return {
            errors,
            ids: modeler.get('elementTemplates').getAll().map(template => template.id)
          };
        }""");

    assertThat(loaded.get("errors")).isEmpty();
    assertThat(loaded.get("ids")).containsExactlyInAnyOrderElementsOf(
        installed.stream().map(id -> "ai.xseven.plugin." + id).toList());
  }

  @Test
  void aDroppedJarsPluginIsInTheTemplateChooserAndOnThePluginsPage() {
    openModeler();
    page.evaluate("""
        () => {
          const m = document.querySelector('xseven-bpmn-modeler').modeler;
          const start = m.get('elementRegistry').get('Task_Greet');
          const task = m.get('modeling').createShape(
              m.get('elementFactory').createShape({ type: 'bpmn:ServiceTask' }),
              { x: 240, y: 420 }, start.parent);
          m.get('selection').select(task);
        }""");
    page.locator(".bio-properties-panel-select-template-button").click();
    page.locator(".djs-popup-search input").fill(SamplePluginJars.GREETING_ID);
    Locator entry = page.locator(".djs-popup-results .entry",
        new Page.LocatorOptions().setHasText("Plugin: " + SamplePluginJars.GREETING_ID));
    assertThat(entry).hasCount(1);
    entry.click();
    assertThat(page.locator("#modeler-properties"))
        .containsText("Plugin: " + SamplePluginJars.GREETING_ID);
    assertThat(page.locator("#modeler-properties")).containsText("Tone");

    open("plugins");
    page.locator("#plugins-filter input").pressSequentially("jar");
    Locator grid = page.locator("#plugins-grid");
    // Wait for the filter (the grid keeps recycled cells in the DOM, so look at visible ones);
    // the click below must not race a re-render.
    assertThat(page.locator("#plugins-grid vaadin-grid-cell-content:visible",
        new Page.LocatorOptions().setHasText("built-in"))).hasCount(0);
    assertThat(grid).containsText(SamplePluginJars.GREETING_ID);
    assertThat(grid).containsText(SamplePluginJars.GREETING_JAR);
    Locator broken = page.locator("#broken-plugin-jars");
    assertThat(broken).containsText("Plugin jars that could not be installed");
    assertThat(broken.locator(".broken-plugin-jar[data-jar='" + SamplePluginJars.BROKEN_JAR
        + "']")).containsText("names the class " + SamplePluginJars.MISSING_CLASS);

    page.locator("#plugins-grid vaadin-grid-cell-content:visible",
        new Page.LocatorOptions().setHasText(SamplePluginJars.GREETING_NAME)).first().click();
    Locator docs = page.locator("#plugin-docs");
    assertThat(docs.locator("#plugin-docs-title")).hasText(SamplePluginJars.GREETING_NAME);
    assertThat(docs).containsText("Origin: the jar " + SamplePluginJars.GREETING_JAR);
    assertThat(docs.locator("#plugin-docs-inputs")).containsText("one of warm, formal");
    // The whole list again, scrolled so the selected jar plugin sits mid-grid, for the docs.
    page.locator("#plugins-filter input").fill("");
    assertThat(grid).containsText("built-in");
    int row = installedIds().indexOf(SamplePluginJars.GREETING_ID);
    page.evaluate("row => document.querySelector('#plugins-grid').scrollToIndex(row)",
        Math.max(0, row - 4));
    assertThat(grid).containsText(SamplePluginJars.GREETING_JAR);
    screenshot("plugins");
  }

  /** The ids from {@code GET /api/v1/plugins}, in the catalog's (and the grid's) order. */
  private List<String> installedIds() {
    List<String> ids = new ArrayList<>();
    http.getForObject("/api/v1/plugins", JsonNode.class).get("plugins")
        .forEach(plugin -> ids.add(plugin.get("id").asText()));
    return ids;
  }

  private void openModeler() {
    signInAsAnalyst();
    open("processes");
    page.locator("#open-dedicated-chat").click();
    assertThat(page.locator("xseven-bpmn-modeler[data-state=ready]")).isVisible();
  }
}
