package ai.xseven.widget;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the widget: {@code /widget.js}, the address snippets keep, redirects for a few minutes to
 * {@code /widget/<version>/widget.js}, which never changes and is cached for a year. A deploy
 * therefore reaches every page within minutes, and repeat visits cost one small redirect.
 */
@RestController
class WidgetScriptController {

  static final Duration SHORT = Duration.ofMinutes(5);
  private static final MediaType JAVASCRIPT = new MediaType("text", "javascript",
      java.nio.charset.StandardCharsets.UTF_8);

  private final WidgetScript script;

  WidgetScriptController(WidgetScript script) {
    this.script = script;
  }

  @GetMapping("/widget.js")
  ResponseEntity<Void> current() {
    return redirectToCurrent();
  }

  @GetMapping("/widget/{version}/widget.js")
  ResponseEntity<byte[]> versioned(@PathVariable String version) {
    if (!version.equals(script.version())) {
      // A page that cached an older redirect during a deploy: send it to today's script.
      return ResponseEntity.status(HttpStatus.FOUND)
          .header(HttpHeaders.LOCATION, script.versionedPath())
          .cacheControl(CacheControl.noCache())
          .build();
    }
    return ResponseEntity.ok()
        .contentType(JAVASCRIPT)
        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
        .eTag('"' + script.version() + '"')
        .header("Access-Control-Allow-Origin", "*")
        .body(script.bytes());
  }

  private <T> ResponseEntity<T> redirectToCurrent() {
    return ResponseEntity.status(HttpStatus.FOUND)
        .header(HttpHeaders.LOCATION, script.versionedPath())
        .cacheControl(CacheControl.maxAge(SHORT).cachePublic())
        .build();
  }
}
