package ai.xseven.studio.processes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.process.ProcessStudio;
import ai.xseven.process.ProcessSummary;
import ai.xseven.process.ProcessVersion;
import ai.xseven.studio.StudioBrowser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * An analyst keeps versions of a process through the Processes list: a new diagram from a
 * template deployed under its own id, an uploaded second version (and a broken file refused),
 * a downloaded version, the comparison of two versions and a roll back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ProcessVersionsIT extends StudioBrowser {

  private static final String KEY = "versions-demo";

  @Autowired ProcessStudio studio;

  @Test
  void anAnalystCreatesUploadsDownloadsComparesAndRollsBackVersions() throws Exception {
    signInAsAnalyst();
    open("processes");

    // 1. A new diagram from the blank template, renamed in the properties panel and deployed.
    chooseInSelect("#diagram-template", "blank");
    page.locator("#new-diagram").click();
    assertThat(page.locator("xseven-bpmn-modeler[data-state=ready]")).isVisible();
    assertThat(page.locator("#modeler-version")).containsText("from the template blank");
    renameProcess(KEY, "Versions demo");
    page.locator("#deploy-diagram").click();
    assertThat(page.locator("#modeler-version")).containsText(KEY + " · version 1 is live");
    page.locator("#back-to-processes").click();
    assertThat(page.locator("#processes-grid")).containsText(KEY);
    assertThat(page.locator("#processes-grid")).containsText("Versions demo");
    ProcessVersion first = studio.latest(KEY).orElseThrow();
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.deployedBy()).isEqualTo(ANALYST);

    // 2. An uploaded valid file becomes version 2; a broken one is refused with a sentence.
    selectProcess("Versions demo");
    upload(new FilePayload("versions-demo-v2.bpmn", "application/xml", resource("versions-demo-v2.bpmn")));
    assertThat(notification("Deployed versions-demo-v2.bpmn as " + KEY + " version 2"))
        .isVisible();
    assertThat(studio.latest(KEY).orElseThrow().version()).isEqualTo(2);
    Locator versions = page.locator("#versions-grid");
    assertThat(page.locator("#download-" + KEY + "-2")).isVisible();

    int versionsBefore = allVersions();
    upload(new FilePayload("broken.bpmn", "application/xml",
        "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n<bpmn:process"
            .getBytes(StandardCharsets.UTF_8)));
    Locator refused = notification("broken.bpmn was not deployed.");
    assertThat(refused).isVisible();
    assertThat(refused).containsText("Line ");
    assertThat(allVersions()).isEqualTo(versionsBefore);
    assertThat(studio.latest(KEY).orElseThrow().version()).isEqualTo(2);

    // 3. Version 1's XML downloads as that version's BPMN.
    Download download = page.waitForDownload(
        () -> page.locator("#download-" + KEY + "-1").click());
    assertThat(download.suggestedFilename()).isEqualTo(KEY + "-v1.bpmn");
    String downloaded = Files.readString(download.path(), StandardCharsets.UTF_8);
    BpmnModelInstance model = Bpmn.readModelFromStream(
        new ByteArrayInputStream(downloaded.getBytes(StandardCharsets.UTF_8)));
    assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId)
        .containsExactly(KEY);
    assertThat(downloaded).isEqualTo(studio.xml(first.definitionId()));

    // 4. Version 1 against version 2: the task and its flows added, the old flow removed,
    // the end event renamed.
    chooseInSelect("#compare-from", "v1");
    chooseInSelect("#compare-to", "v2");
    page.locator("#compare-versions").click();
    Locator dialog = page.locator("vaadin-dialog-overlay");
    assertThat(dialog).containsText("From version 1 to version 2");
    Locator diff = page.locator("#version-diff-grid");
    assertThat(diff).containsText("Task_Added");
    assertThat(diff).isVisible();
    List<String> changes = rows(diff);
    assertThat(changes).anyMatch(row -> row.startsWith("added | Task_Added | Look at it | task"))
        .anyMatch(row -> row.startsWith("added | Flow_ToTask |"))
        .anyMatch(row -> row.startsWith("added | Flow_ToEnd |"))
        .anyMatch(row -> row.startsWith("removed | Flow_Start |"))
        .anyMatch(row -> row.equals("changed | End_Process | Finished | endEvent | name"))
        .noneMatch(row -> row.contains("Start_Process"));
    // Wait for the dialog's opening animation to end before the picture.
    assertThat(page.locator("vaadin-dialog-overlay[opened]:not([opening])")).hasCount(1);
    screenshot("process-compare");
    page.locator("#close-version-diff").click();
    assertThat(diff).hasCount(0);

    // 5. Roll back to version 1: version 3 is latest and runs version 1's XML.
    page.locator("#roll-back-" + KEY + "-1").click();
    assertThat(notification("Version 1 is live again as version 3.")).isVisible();
    assertThat(versions).containsText("roll back to version 1");
    ProcessVersion latest = studio.latest(KEY).orElseThrow();
    assertThat(latest.version()).isEqualTo(3);
    assertThat(latest.note()).isEqualTo("roll back to version 1");
    assertThat(studio.xml(latest.definitionId())).isEqualTo(studio.xml(first.definitionId()));
    assertThat(page.locator("#download-" + KEY + "-3")).isVisible();
  }

  /** Sets the process id and name as an analyst does: nothing selected, the General group. */
  private void renameProcess(String id, String name) {
    Locator general = page.locator("#modeler-properties .bio-properties-panel-group-header",
        new Page.LocatorOptions().setHasText("General"));
    assertThat(general).isVisible();
    Locator idField = page.locator("#modeler-properties #bio-properties-panel-id");
    if (!idField.isVisible()) {
      general.click();
    }
    assertThat(idField).hasValue("new-process");
    idField.fill(id);
    idField.press("Tab");
    page.locator("#modeler-properties #bio-properties-panel-name").fill(name);
    page.locator("#modeler-properties #bio-properties-panel-name").press("Tab");
    // The panel applies its edits debounced; deploy only once the diagram holds them.
    page.waitForFunction("([id, name]) => { const root = document.querySelector("
        + "'xseven-bpmn-modeler').modeler.get('canvas').getRootElement().businessObject;"
        + " return root.id === id && root.name === name; }", List.of(id, name));
  }

  private void chooseInSelect(String selector, String label) {
    page.locator(selector).click();
    // The chosen value shows as a copy of its item inside the field: pick from the open list.
    page.locator("vaadin-select-overlay[opened] vaadin-select-item",
        new Page.LocatorOptions().setHasText(label)).first().click();
    assertThat(page.locator(selector + " [slot=value]")).containsText(label);
  }

  private void selectProcess(String name) {
    page.locator("#processes-grid vaadin-grid-cell-content",
        new Page.LocatorOptions().setHasText(name)).click();
    assertThat(page.locator("#process-versions")).containsText("Versions of " + KEY);
  }

  private void upload(FilePayload file) {
    page.locator("#upload-bpmn input[type=file]").setInputFiles(file);
  }

  private Locator notification(String text) {
    return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text));
  }

  /** A grid's rendered rows, each as its cells' texts joined by " | ". */
  @SuppressWarnings("unchecked")
  private static List<String> rows(Locator grid) {
    return (List<String>) grid.evaluate("""
        grid => [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
            .map(tr => [...tr.querySelectorAll('td slot')]
                .map(slot => slot.assignedNodes({ flatten: true })
                    .map(node => node.textContent.trim()).join(''))
                .join(' | '))
            .filter(row => row.replaceAll('|', '').trim() !== '')""");
  }

  private int allVersions() {
    return studio.processes().stream().map(ProcessSummary::versions).mapToInt(List::size).sum();
  }

  private byte[] resource(String name) throws IOException, URISyntaxException {
    Path path = Paths.get(getClass().getResource("/studio/" + name).toURI());
    return Files.readAllBytes(path);
  }
}
