package ai.xseven.studio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the studio's browser tests: headless Chromium (Debian's {@code /usr/bin/chromium},
 * installed by {@code .ci/run}) driven by Playwright for Java against the application on a random
 * port. Subclasses are {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} ITs with the
 * {@code test} profile, whose admin password is {@link #ADMIN_PASSWORD}.
 */
public abstract class StudioBrowser {

  public static final String ADMIN_PASSWORD = "test-admin-password";
  public static final String ANALYST = "analyst";
  public static final String ANALYST_PASSWORD = "demo-analyst";
  /** Where screenshots go; the ones in docs/images are chosen from here by hand. */
  public static final Path SCREENSHOTS = Paths.get("target", "studio-screenshots");

  private static Playwright playwright;
  private static Browser browser;

  @LocalServerPort protected int port;
  protected BrowserContext context;
  protected Page page;

  @BeforeAll
  static void launchBrowser() {
    playwright = Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(Paths.get(System.getProperty("xseven.chromium", "/usr/bin/chromium")))
        .setHeadless(true)
        .setArgs(java.util.List.of("--no-sandbox", "--disable-dev-shm-usage")));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void openPage() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
    context.setDefaultTimeout(30_000);
    page = context.newPage();
    // Playwright dismisses dialogs by default, and a dismissed "leave page?" stops a navigation.
    page.onDialog(dialog -> dialog.accept());
  }

  /**
   * Leaves the studio page first: closing a context while a Vaadin page holds its push connection
   * and the widget its WebSocket once hung for minutes.
   */
  @AfterEach
  void closePage() {
    try {
      page.navigate("about:blank", new Page.NavigateOptions().setTimeout(10_000));
    } finally {
      context.close();
    }
  }

  protected String studio(String path) {
    return "http://localhost:" + port + "/studio/" + path;
  }

  /** Signs in through the login form and waits for the studio's frame. */
  protected void signIn(String username, String password) {
    page.navigate(studio("login"));
    page.locator("vaadin-login-form input[name=username]").fill(username);
    page.locator("vaadin-login-form input[name=password]").fill(password);
    page.locator("vaadin-login-form vaadin-button").first().click();
    assertThat(page.locator("#signed-in-user")).containsText(username);
  }

  protected void signInAsAnalyst() {
    signIn(ANALYST, ANALYST_PASSWORD);
  }

  /** Opens a studio path and waits until Vaadin has rendered it. */
  protected void open(String path) {
    page.navigate(studio(path));
    settle();
  }

  /**
   * Waits until the page has no request to the server under way, e.g. a field's new value: what
   * a person's pause between typing and the next click gives the page.
   */
  protected void settle() {
    page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && "
        + "!Object.values(window.Vaadin.Flow.clients || {}).some(c => c.isActive && c.isActive())");
  }

  protected void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png"))
        .setFullPage(false));
  }
}
