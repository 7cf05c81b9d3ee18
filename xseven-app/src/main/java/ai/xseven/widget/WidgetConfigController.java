package ai.xseven.widget;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/widget/config?business=<slug-or-id>}: public, read by every embedded widget. */
@RestController
class WidgetConfigController {

  /** The languages widget.js has texts for; the first is the fallback. */
  static final List<String> LANGUAGES = List.of("en", "es");

  private final BusinessService businesses;
  private final WidgetScript script;

  WidgetConfigController(BusinessService businesses, WidgetScript script) {
    this.businesses = businesses;
    this.script = script;
  }

  @GetMapping("/api/v1/widget/config")
  ResponseEntity<WidgetConfig> config(@RequestParam(name = "business", required = false)
      String business) {
    if (business == null || business.isBlank()) {
      throw new UnknownBusiness("Name the business: ?business=<slug or id>, e.g. "
          + "?business=marios-italian.", HttpStatus.BAD_REQUEST);
    }
    BusinessProfile profile = businesses.findBySlugOrId(business).orElseThrow(() ->
        new UnknownBusiness("There is no business '" + business.strip() + "'. Check the "
            + "snippet's data-business: it takes the business's slug or id.", HttpStatus.NOT_FOUND));
    int ttl = businesses.conversationTtlHours(profile.id()).orElse(24);
    WidgetConfig config = new WidgetConfig(profile.id(), profile.slug(), profile.name(),
        profile.kind(), "Hi, welcome to " + profile.name() + "! How can we help?", LANGUAGES, ttl,
        script.versionedPath());
    // Short: a renamed business or a new expiry reaches open pages within minutes.
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
        .body(config);
  }

  @ExceptionHandler(UnknownBusiness.class)
  ProblemDetail unknown(UnknownBusiness problem) {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status, problem.getMessage());
    detail.setTitle(problem.status == HttpStatus.NOT_FOUND ? "Business not found" : "Bad request");
    return detail;
  }

  static final class UnknownBusiness extends RuntimeException {
    final HttpStatus status;

    UnknownBusiness(String message, HttpStatus status) {
      super(message);
      this.status = status;
    }
  }
}
