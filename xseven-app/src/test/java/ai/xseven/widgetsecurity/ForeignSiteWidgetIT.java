package ai.xseven.widgetsecurity;

import static ai.xseven.DemoData.MARIOS;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.studio.StudioBrowser;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A plain page on another origin (a JDK HTTP server on a second port) embeds the application's
 * {@code /widget.js} for Mario's, which does not allow that origin: no conversation starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForeignSiteWidgetIT extends StudioBrowser {

  @Autowired JdbcTemplate jdbc;
  HttpServer site;

  @BeforeEach
  void serveTheForeignPage() throws Exception {
    site = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    site.createContext("/", exchange -> {
      byte[] html = ("<!doctype html><html><head><title>Somebody else's site</title></head>"
          + "<body><h1>Not Mario's</h1><script src=\"http://localhost:" + port + "/widget.js\" "
          + "data-business-id=\"" + MARIOS + "\" async></script></body></html>")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, html.length);
      exchange.getResponseBody().write(html);
      exchange.close();
    });
    site.start();
  }

  @AfterEach
  void stopTheForeignPage() {
    site.stop(0);
  }

  @Test
  void aSiteThatMariosDoesNotAllowCannotStartAConversation() {
    int before = conversationsOfMarios();
    List<Integer> refusals = new CopyOnWriteArrayList<>();
    // Preflights are the browser's own requests; DevTools sees them, page events may not.
    CDPSession devtools = context.newCDPSession(page);
    devtools.send("Network.enable");
    devtools.on("Network.responseReceived", event -> record(event, refusals));

    page.navigate("http://localhost:" + site.getAddress().getPort() + "/");
    page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Open chat")).click();
    // The widget cannot even read Mario's configuration from this site, so it says so.
    assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
        .not().isEmpty();

    // A script on the page that tries anyway, with a guessed key, is stopped by the server.
    Object outcome = page.evaluate("""
        async ([url, business]) => {
          try {
            const response = await fetch(url, {method: 'POST',
              headers: {'Content-Type': 'application/json', 'X-Widget-Key': 'xsw_guessed'},
              body: JSON.stringify({businessId: business, channel: 'dedicated'})});
            return response.status;
          } catch (blocked) {
            return 'blocked';
          }
        }""", List.of("http://localhost:" + port + "/api/v1/conversations", MARIOS.toString()));
    assertThat(outcome).isEqualTo("blocked");
    page.waitForCondition(() -> !refusals.isEmpty());
    assertThat(refusals).containsOnly(403);
    assertThat(conversationsOfMarios()).isEqualTo(before);
  }

  private static void record(JsonObject event, List<Integer> refusals) {
    JsonObject response = event.getAsJsonObject("response");
    if (response.get("url").getAsString().endsWith("/api/v1/conversations")) {
      refusals.add(response.get("status").getAsInt());
    }
  }

  private int conversationsOfMarios() {
    return jdbc.queryForObject("select count(*) from conversation where business_id = ?",
        Integer.class, MARIOS);
  }
}
