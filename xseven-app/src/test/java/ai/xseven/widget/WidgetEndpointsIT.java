package ai.xseven.widget;

import static ai.xseven.DemoData.GLOW;
import static ai.xseven.DemoData.MARIOS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.business.BusinessSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The public widget configuration and the script's two addresses with their caching. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WidgetEndpointsIT {

  @Autowired TestRestTemplate http;
  @Autowired BusinessSettings settings;
  @LocalServerPort int port;

  @Test
  void configNamesTheBusinessBySlugOrIdWithItsConversationExpiry() {
    JsonNode bySlug = http.getForObject("/api/v1/widget/config?business=marios-italian",
        JsonNode.class);
    assertThat(bySlug.path("businessId").asText()).isEqualTo(MARIOS.toString());
    assertThat(bySlug.path("name").asText()).isEqualTo("Mario's Italian");
    assertThat(bySlug.path("conversationTtlHours").asInt()).isEqualTo(24);
    assertThat(bySlug.path("languages").toString()).isEqualTo("[\"en\",\"es\"]");
    JsonNode byId = http.getForObject("/api/v1/widget/config?business=" + MARIOS, JsonNode.class);
    assertThat(byId.path("slug").asText()).isEqualTo("marios-italian");
  }

  @Test
  @DirtiesContext
  void theExpiryTheBusinessSetsReachesTheConfigAndNonsenseIsRefusedWithASentence() {
    settings.changeConversationTtl(GLOW, 72, "widget-it");
    assertThat(http.getForObject("/api/v1/widget/config?business=glow-beauty-studio",
        JsonNode.class).path("conversationTtlHours").asInt()).isEqualTo(72);
    assertThatThrownBy(() -> settings.changeConversationTtl(GLOW, 0, "widget-it"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A conversation is kept for 1 to 720 hours (30 days), not 0.");
    assertThat(settings.conversationTtlHours(GLOW)).isEqualTo(72);
  }

  @Test
  void anUnknownBusinessIsA404ProblemWithASentence() {
    ResponseEntity<JsonNode> answer =
        http.getForEntity("/api/v1/widget/config?business=no-such-place", JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer.getBody().path("detail").asText())
        .contains("There is no business 'no-such-place'");
    assertThat(http.getForEntity("/api/v1/widget/config", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void widgetJsRedirectsBrieflyToAVersionedScriptCachedForAYear() throws Exception {
    HttpResponse<String> current = get("/widget.js");
    assertThat(current.statusCode()).isEqualTo(302);
    assertThat(current.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
    String versioned = current.headers().firstValue("Location").orElseThrow();
    assertThat(versioned).matches("/widget/[0-9a-f]{16}/widget\\.js");

    HttpResponse<String> script = get(versioned);
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Cache-Control"))
        .hasValue("max-age=31536000, public, immutable");
    assertThat(script.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/javascript");
    assertThat(script.body()).contains("window.XSeven");

    HttpResponse<String> old = get("/widget/0000000000000000/widget.js");
    assertThat(old.statusCode()).isEqualTo(302);
    assertThat(old.headers().firstValue("Location")).hasValue(versioned);
  }

  /** Without following redirects, unlike TestRestTemplate. */
  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
