package ai.xseven.plugin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plugin catalog, read-only and public like the other read APIs: nothing in a plugin's
 * declaration is secret (secret fields hold names, never values).
 */
@RestController
@RequestMapping("/api/v1/plugins")
class PluginCatalogController {

  static final MediaType MARKDOWN =
      new MediaType("text", "markdown", StandardCharsets.UTF_8);

  record Listing(List<PluginEntry> plugins, List<PluginCatalog.BrokenJar> failures) {}

  private final PluginCatalog catalog;

  PluginCatalogController(PluginCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping
  Listing list() {
    return new Listing(catalog.plugins(), catalog.brokenJars());
  }

  @GetMapping("/{id}")
  PluginEntry one(@PathVariable String id) {
    return catalog.plugin(id).orElseThrow(() -> notFound(id));
  }

  /** Returned as a String with its type set here, so an unknown id still answers problem JSON. */
  @GetMapping("/{id}/docs")
  ResponseEntity<String> docs(@PathVariable String id) {
    return ResponseEntity.ok().contentType(MARKDOWN)
        .body(catalog.docs(id).orElseThrow(() -> notFound(id)));
  }

  private static ErrorResponseException notFound(String id) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "No plugin with the id '" + id + "' is installed.");
    problem.setTitle("Plugin not found");
    return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
  }
}
