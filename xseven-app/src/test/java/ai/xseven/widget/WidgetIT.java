package ai.xseven.widget;

import static ai.xseven.DemoData.spoken;
import static ai.xseven.DemoData.upcoming;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.business.BusinessService;
import ai.xseven.business.BusinessSettings;
import ai.xseven.studio.StudioBrowser;
import com.microsoft.playwright.Locator;
import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The widget as a customer meets it: a plain page on another origin ({@code 127.0.0.1}, its own
 * port) embeds {@code widget.js} from the application ({@code localhost}) with the business's
 * slug and widget key, as the studio's snippet says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext // allowed origins and a booking change the demo data
class WidgetIT extends StudioBrowser {

  @Autowired BusinessService businesses;
  @Autowired BusinessSettings settings;

  private BusinessSite site;
  private String siteOrigin;
  private String key;
  private final List<String> dialogs = new CopyOnWriteArrayList<>();

  @BeforeEach
  void serveTheBusinessSite() {
    site = BusinessSite.serving(path -> page(path.equals("/es") ? "es" : "en"));
    siteOrigin = site.origin();
    UUID marios = businesses.findBySlugOrId("marios-italian").orElseThrow().id();
    settings.changeAllowedOrigins(marios, siteOrigin, "widget-it");
    key = settings.widget(marios).key();
    page.onDialog(dialog -> dialogs.add(dialog.message()));
  }

  @AfterEach
  void stopTheSite() {
    site.close();
  }

  /** The business's own page; its CSS tries hard to restyle every button and text. */
  private String page(String lang) {
    return """
        <!doctype html><html lang="%s"><head><title>Mario's Italian</title>
        <style>* { font-size: 40px !important; color: red !important; }
        button { display: none !important; }</style></head>
        <body><h1>Mario's Italian</h1><p>Fresh pasta every day.</p>
        <script src="http://localhost:%d/widget.js" data-business="marios-italian"
                data-key="%s" data-title="Mario's" async></script>
        </body></html>
        """.formatted(lang, port, key);
  }

  private Locator launcher() {
    return page.locator("[data-xseven-widget] .launcher");
  }

  private Locator input() {
    return page.locator("[data-xseven-widget] textarea");
  }

  private Locator log() {
    return page.locator("[data-xseven-widget] .log");
  }

  private void say(String text) {
    input().fill(text);
    input().press("Enter");
  }

  @Test
  void aCustomerOnAnotherSiteBooksATableAndFindsTheTranscriptAfterAReload() {
    page.navigate(siteOrigin + "/");
    assertThat(launcher()).isVisible(); // the page's CSS hides buttons; not the widget's
    launcher().click();
    assertThat(log()).containsText("welcome to Mario's Italian");

    String friday = spoken(upcoming(DayOfWeek.FRIDAY));
    say("Book a table for 4 on " + friday + " at 7pm");
    assertThat(log()).containsText("what name");
    say("My name is Ana Lopez");
    Locator card = page.locator("[data-xseven-widget] .card");
    assertThat(card).containsText("Shall I book a table for 4 at Mario's Italian");
    card.getByText("Confirm").click();
    assertThat(log()).containsText("Done! I've booked a table for 4");
    assertThat(card).hasCount(0);
    assertThat(log().locator("time").first()).isVisible();

    page.reload();
    launcher().click();
    assertThat(log()).containsText("Done! I've booked a table for 4");
    assertThat(log()).containsText("My name is Ana Lopez");
    assertThat(page.locator("[data-xseven-widget] .msg.user")).hasCount(3);
  }

  @Test
  void markupInAMessageIsShownAsTextAndNoScriptRuns() {
    page.navigate(siteOrigin + "/");
    launcher().click();
    assertThat(log()).containsText("welcome");
    say("<img src=x onerror=alert(1)> <b>x</b> <img src=y onerror=\"window.pwned=1\">");
    Locator mine = page.locator("[data-xseven-widget] .msg.user").last();
    assertThat(mine).containsText("<img src=x onerror=alert(1)> <b>x</b>");
    assertThat(page.locator("[data-xseven-widget] .msg.user.pending")).hasCount(0);
    assertThat(log().locator("img, b")).hasCount(0);

    page.reload(); // and again when the transcript comes from the server
    launcher().click();
    assertThat(log()).containsText("<b>x</b>");
    assertThat(log().locator("img, b")).hasCount(0);
    assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
    assertThat(dialogs).isEmpty();
  }

  @Test
  void worksWithTheKeyboardAlone() {
    page.navigate(siteOrigin + "/");
    assertThat(launcher()).isVisible();
    page.keyboard().press("Tab");
    assertThat(focused()).isEqualTo("launcher");
    page.keyboard().press("Enter");
    assertThat(page.locator("[data-xseven-widget] .panel")).isVisible();
    assertThat(focused()).isEqualTo("xs-input");
    assertThat(log()).containsText("welcome");
    page.keyboard().type("What are your opening hours?");
    page.keyboard().press("Enter");
    assertThat(log()).containsText("Mario's Italian is open");
    page.keyboard().press("Escape");
    assertThat(page.locator("[data-xseven-widget] .panel")).isHidden();
    assertThat(focused()).isEqualTo("launcher");
  }

  @Test
  void aSpanishPageOnAPhoneGetsSpanishTextsAPanelThatFitsAndANewConversation() {
    page.setViewportSize(360, 740);
    page.navigate(siteOrigin + "/es");
    assertThat(launcher()).hasAttribute("aria-label", "Abrir chat");
    launcher().click();
    assertThat(input()).hasAttribute("placeholder", "Escribe un mensaje…");
    var box = page.locator("[data-xseven-widget] .panel").boundingBox();
    assertThat(box.x).isGreaterThanOrEqualTo(0);
    assertThat(box.x + box.width).isLessThanOrEqualTo(360);
    assertThat(log()).containsText("welcome");
    say("What are your opening hours?");
    assertThat(log()).containsText("Mario's Italian is open");

    page.locator("[data-xseven-widget] [aria-label='Nueva conversación']").click();
    assertThat(log()).containsText("welcome");
    assertThat(page.locator("[data-xseven-widget] .msg.user")).hasCount(0);
    page.reload();
    launcher().click();
    assertThat(log()).containsText("welcome");
    assertThat(page.locator("[data-xseven-widget] .msg.user")).hasCount(0);
  }

  /** What has the focus inside the widget's shadow root: the launcher or an element's id. */
  private Object focused() {
    return page.evaluate("() => { const a = document.querySelector('[data-xseven-widget]')"
        + ".shadowRoot.activeElement; return a ? (a.id || a.className) : null; }");
  }
}
