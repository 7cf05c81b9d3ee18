package ai.xseven.studio.rules;

import static ai.xseven.DemoData.MARIOS;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.conversation.ChatApi;
import ai.xseven.conversation.ChatApi.Reply;
import ai.xseven.studio.StudioBrowser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * An analyst adds an input guardrail rule in the studio: the editor underlines her syntax error
 * where she made it, the fixed text is saved (not yet running), tested with a scenario, activated
 * (customers' messages about it are now refused) and rolled back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Changes shared demo data (prices, hours, rule versions, scenarios): no later test may see them.
@DirtiesContext
class RuleEditorIT extends StudioBrowser {

  private static final String QUESTION = "Do you have pineapple on your pizza?";
  private static final String REFUSAL = "Sorry, we never talk about pineapple on pizza here.";
  private static final String BROKEN_RULE = """

      rule "Refuse to discuss pineapple"
      when
        InboundMessage(normalised contains )
      then
        outcome.block("%s");
      end
      """.formatted(REFUSAL);
  private static final String SCENARIO = """
      name: pineapple is refused
      given:
        message: "Is there pineapple on the Hawaiian?"
      expect:
        decision: BLOCK
        fired: ["Refuse to discuss pineapple"]
      """;

  @Autowired TestRestTemplate http;

  @Test
  void anAnalystAddsAGuardrailRuleTestsItActivatesItAndRollsItBack() {
    assertThat(inputDecision()).isEqualTo("allow");

    signInAsAnalyst();
    open("rules");
    assertThat(page.locator("#rule-sets")).containsText("booking-policy");
    assertThat(page.locator("#scenarios-input-guardrails")).containsText(" / ");
    screenshot("rules-list");

    page.locator("#open-input-guardrails").click();
    assertThat(page.locator("#rule-set-status")).containsText("version 1 is active");
    assertThat(page.locator("#problems-summary")).hasText("No problems: the rule set compiles.");

    Locator code = page.locator("#drl-editor .cm-content");
    code.click();
    page.keyboard().press("Control+End");
    page.keyboard().insertText(BROKEN_RULE);

    Locator underline = page.locator("#drl-editor .cm-lintRange-error").first();
    assertThat(underline).isVisible();
    int brokenLine = lineContaining("contains )");
    assertThat(underlinedLine()).isEqualTo(brokenLine);
    assertThat(page.locator("#problems")).containsText("Line " + brokenLine + ", column ");
    screenshot("rule-editor-error");

    page.locator("#save-version").click();
    assertThat(notification("fix them before saving")).isVisible();

    underline.click();
    page.keyboard().press("End");
    page.keyboard().press("ArrowLeft");
    page.keyboard().insertText("\"pineapple\"");
    assertThat(page.locator("#problems-summary")).hasText("No problems: the rule set compiles.");
    assertThat(page.locator("#drl-editor .cm-lintRange-error")).hasCount(0);

    page.locator("#save-version").click();
    assertThat(page.locator("#rule-set-status")).containsText("latest saved is version 2");
    assertThat(inputDecision()).as("a saved version is not running yet").isEqualTo("allow");

    page.locator("#tab-scenarios").click();
    page.locator("#new-scenario").click();
    // Wait for the empty template, or the server's answer would overwrite what is typed next.
    assertThat(page.locator("#scenario-yaml textarea")).hasValue(
        Pattern.compile("describe what this scenario checks"));
    page.locator("#scenario-yaml textarea").fill(SCENARIO);
    page.locator("#save-scenario").click();
    assertThat(notification("Scenario \u201cpineapple is refused\u201d saved.")).isVisible();
    page.locator("#run-all-scenarios").click();
    // 27 scenarios, each message inspected with embeddings as in production: give it time.
    assertThat(page.locator("#scenario-summary")).containsText("pass against the editor's text",
        new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
    Locator pineapple = page.locator(".scenario-result", hasText("pineapple is refused"));
    assertThat(pineapple).hasClass(Pattern.compile(".*scenario-passed.*"));
    assertThat(pineapple.locator(".scenario-fired")).containsText("Refuse to discuss pineapple");

    page.locator("#run-against").click();
    page.locator("vaadin-select-item", hasText("Version 1 (active)")).click();
    page.locator("#run-all-scenarios").click();
    assertThat(page.locator("#scenario-summary")).containsText("against version 1",
        new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
    assertThat(pineapple).hasClass(Pattern.compile(".*scenario-failed.*"));
    assertThat(pineapple).containsText("expected decision BLOCK but was ALLOW");
    screenshot("rule-scenarios");

    page.locator("#tab-editor").click();
    page.locator("#activate-latest").click();
    assertThat(page.locator("#rule-set-status")).hasText("version 2 is active");
    Reply refused = say(QUESTION);
    assertThat(refused.body().path("guardrail").path("input").asText()).isEqualTo("block");
    assertThat(refused.text()).contains(REFUSAL);

    page.locator("#tab-versions").click();
    assertThat(page.locator("#version-diff .diff-added").first())
        .containsText("rule \"Refuse to discuss pineapple\"");
    screenshot("rule-versions");
    page.locator("#activate-version-1").click();
    assertThat(page.locator("#rule-set-status")).containsText("version 1 is active");
    assertThat(inputDecision()).as("rolled back").isEqualTo("allow");
  }

  private Locator notification(String text) {
    return page.locator("vaadin-notification-card", hasText(text));
  }

  private static Page.LocatorOptions hasText(String text) {
    return new Page.LocatorOptions().setHasText(text);
  }

  private Reply say(String text) {
    ChatApi api = new ChatApi(http);
    return api.say(api.start(MARIOS), text);
  }

  private String inputDecision() {
    return say(QUESTION).body().path("guardrail").path("input").asText();
  }

  private int lineContaining(String text) {
    return ((Number) page.evaluate("text => { const doc = document.querySelector('x7-drl-editor')"
        + ".view.state.doc; for (let i = 1; i <= doc.lines; i++) { if (doc.line(i).text"
        + ".includes(text)) return i; } return -1; }", text)).intValue();
  }

  private int underlinedLine() {
    return ((Number) page.evaluate("() => { const view = document.querySelector('x7-drl-editor')"
        + ".view; const mark = document.querySelector('.cm-lintRange-error'); return view.state"
        + ".doc.lineAt(view.posAtDOM(mark)).number; }")).intValue();
  }
}
