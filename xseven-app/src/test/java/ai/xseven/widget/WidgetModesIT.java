package ai.xseven.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import ai.xseven.business.BusinessService;
import ai.xseven.business.BusinessSettings;
import ai.xseven.studio.StudioBrowser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The widget's two other modes: the owner's dashboard chat and the global comparison chat. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext // allowed origins change the demo data
class WidgetModesIT extends StudioBrowser {

  @Autowired BusinessService businesses;
  @Autowired BusinessSettings settings;

  private BusinessSite site;

  @AfterEach
  void stopTheSite() {
    if (site != null) {
      site.close();
    }
  }

  private Locator widget(String css) {
    return page.locator("[data-xseven-widget] " + css);
  }

  @Test
  void theOwnerSignsInOnTheirOwnSiteAndPreviewsAPriceChange() {
    UUID marios = businesses.findBySlugOrId("marios-italian").orElseThrow().id();
    String origin = serve("""
        <script src="http://localhost:%d/widget.js" data-business="marios-italian"
                data-key="%s" data-mode="dashboard" async></script>
        """.formatted(port, settings.widget(marios).key()));
    settings.changeAllowedOrigins(marios, origin, "widget-modes-it");

    page.navigate(origin + "/");
    widget(".launcher").click();
    Locator token = widget("#xs-token");
    assertThat(token).isVisible();
    assertThat(widget("textarea")).isHidden();
    token.fill("demo-owner-marios-italian");
    token.press("Enter");

    Locator input = widget("textarea");
    assertThat(input).isVisible();
    input.fill("set the Burrata to $15");
    input.press("Enter");
    assertThat(widget(".log")).containsText("Burrata: $13 → $15. Confirm?");
  }

  @Test
  void theGlobalModeComparesBusinesses() {
    // A page of the application's own site (the comparison chat has no business to allow a
    // foreign site), made up by the test.
    page.route("**/compare.html", route -> route.fulfill(new Route.FulfillOptions()
        .setContentType("text/html; charset=utf-8")
        .setBody("<!doctype html><html lang=\"en\"><body><h1>Compare</h1>"
            + "<script src=\"/widget.js\" data-mode=\"global\" async></script></body></html>")));

    page.navigate("http://localhost:" + port + "/compare.html");
    widget(".launcher").click();
    Locator input = widget("textarea");
    input.fill("where can I get a manicure under $30?");
    input.press("Enter");
    assertThat(widget(".log")).containsText("Bella Hair & Nails");
    assertThat(widget(".log")).containsText("Manicure $22");
    Object conversation = page.evaluate("() => window.XSeven.conversationId()");
    org.assertj.core.api.Assertions.assertThat(conversation).asString()
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  }

  /** The owner's own site, on another origin than the application. */
  private String serve(String body) {
    site = BusinessSite.serving(path -> "<!doctype html><html lang=\"en\"><body>"
        + "<h1>Mario's back office</h1>" + body + "</body></html>");
    return site.origin();
  }
}
