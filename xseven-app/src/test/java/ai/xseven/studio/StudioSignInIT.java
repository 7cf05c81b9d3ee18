package ai.xseven.studio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StudioSignInIT extends StudioBrowser {

  @Test
  void theAdminSignsInWithTheConfiguredPasswordAndSignsOut() {
    page.navigate(studio(""));
    assertThat(page.locator("vaadin-login-form")).isVisible();

    signIn("admin", ADMIN_PASSWORD);
    assertThat(page.locator("#signed-in-user")).containsText("admin · admin");
    screenshot("home");

    page.locator("#sign-out").click();
    assertThat(page.locator("vaadin-login-form")).isVisible();
    page.navigate(studio(""));
    assertThat(page.locator("vaadin-login-form")).isVisible();
  }

  @Test
  void aWrongPasswordIsRefusedWithAMessage() {
    page.navigate(studio("login"));
    page.locator("vaadin-login-form input[name=username]").fill("admin");
    page.locator("vaadin-login-form input[name=password]").fill("not-the-password");
    page.locator("vaadin-login-form vaadin-button").first().click();
    assertThat(page.locator("vaadin-login-form-wrapper")).containsText("Incorrect username or password");
    assertThat(page.locator("#signed-in-user")).hasCount(0);
  }
}
