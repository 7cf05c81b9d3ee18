package ai.xseven.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StudioAccountsIT {

  private static final UUID MARIOS = UUID.fromString("fa4ccf3f-8e22-33f9-a0ac-8982781d403a");

  @Autowired StudioAccounts accounts;
  @Autowired JdbcTemplate jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired TestRestTemplate http;
  @LocalServerPort int port;

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** Without following redirects, so that the studio's answer itself is checked. */
  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
        .send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void passwordsAreStoredAsBcryptHashes() {
    String hash = jdbc.queryForObject(
        "select password_hash from studio_user where username = 'admin'", String.class);
    assertThat(hash).startsWith("$2a$").doesNotContain("test-admin-password");
    assertThat(passwords.matches("test-admin-password", hash)).isTrue();
  }

  @Test
  void theDemoAnalystAndEachDemoOwnerHaveAnAccount() {
    assertThat(accounts.find("analyst")).get()
        .extracting(StudioAccount::role).isEqualTo(StudioRole.ANALYST);
    assertThat(accounts.find("marios-italian")).get()
        .satisfies(owner -> {
          assertThat(owner.role()).isEqualTo(StudioRole.OWNER);
          assertThat(owner.businessId()).isEqualTo(MARIOS);
        });
  }

  @Test
  void badAccountsAreRefusedWithASentence() {
    assertThatThrownBy(() -> accounts.create("Has Spaces", "long-enough-pw", StudioRole.ANALYST, null))
        .hasMessageContaining("user name");
    assertThatThrownBy(() -> accounts.create("shorty", "short", StudioRole.ANALYST, null))
        .hasMessageContaining("at least 10 characters");
    assertThatThrownBy(() -> accounts.create("lonely-owner", "long-enough-pw", StudioRole.OWNER, null))
        .hasMessageContaining("choose it");
    assertThatThrownBy(() -> accounts.create("analyst", "long-enough-pw", StudioRole.ANALYST, null))
        .hasMessageContaining("already a user named analyst");
  }

  @Test
  void aFormPostOfASignedInSessionWithoutTheCsrfTokenIsRefused() throws Exception {
    // Vaadin's login form posts without Spring's token (Vaadin exempts the login URL); every
    // other state-changing request of a session needs it. Vaadin's own requests carry its key.
    HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/studio/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=test-admin-password")));
    String session = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

    HttpResponse<String> logout = send(HttpRequest.newBuilder(uri("/studio/logout"))
        .header("Cookie", session).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(logout.statusCode()).isEqualTo(403);

    HttpResponse<String> stillSignedIn =
        send(HttpRequest.newBuilder(uri("/studio/")).header("Cookie", session).GET());
    assertThat(stillSignedIn.statusCode()).isEqualTo(200);
  }

  @Test
  void theStudioNeedsASignInButThePublicApiDoesNot() throws Exception {
    HttpResponse<String> studio = send(HttpRequest.newBuilder(uri("/studio/processes")).GET());
    assertThat(studio.statusCode()).isEqualTo(302);
    assertThat(studio.headers().firstValue("Location")).get().asString().endsWith("/studio/login");
    assertThat(http.getForEntity("/api/v1/businesses", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }
}
